//! The regression gate: compare a run's metrics with the baselines and say what got worse.
//!
//! A deterministic metric (icount score, size, heap peak) that is worse than its baseline beyond
//! the tolerance, or past its budget, fails the gate; a host ratio doing the same only warns,
//! since wall-clock timings are noisy. Every finding names the metric, the baseline, the new
//! value and the difference.

use crate::baseline::{Baseline, Entry};
use crate::results::{Better, Kind, Metric, Results, HOST_TARGET};
use std::path::PathBuf;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Makes `--check` exit non-zero.
    Fail,
    /// Printed, but does not fail the gate.
    Warn,
    /// For the record: passes, improvements, skips.
    Info,
}

/// One statement of the gate.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub target: String,
    pub metric: String,
    pub message: String,
}

/// Everything the gate found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GateReport {
    pub findings: Vec<Finding>,
    /// How many baseline metrics had a new value to compare.
    pub compared: usize,
}

impl GateReport {
    pub fn failed(&self) -> bool {
        self.findings
            .iter()
            .any(|finding| finding.severity == Severity::Fail)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    }

    /// Failures first, then warnings, then the rest; one line each, and a closing summary.
    pub fn render(&self, verbose: bool) -> String {
        let mut findings: Vec<&Finding> = self
            .findings
            .iter()
            .filter(|finding| {
                verbose || finding.severity != Severity::Info || finding.metric.is_empty()
            })
            .collect();
        findings.sort_by_key(|finding| finding.severity);
        let mut text = String::new();
        for finding in findings {
            let label = match finding.severity {
                Severity::Fail => "FAIL",
                Severity::Warn => "warn",
                Severity::Info => "info",
            };
            let what = if finding.metric.is_empty() {
                finding.target.clone()
            } else {
                format!("{} {}", finding.target, finding.metric)
            };
            text.push_str(&format!("{label} {what}: {}\n", finding.message));
        }
        text.push_str(&format!(
            "gate: {} metrics compared; {} regressions, {} warnings -> {}\n",
            self.compared,
            self.count(Severity::Fail),
            self.count(Severity::Warn),
            if self.failed() { "FAILED" } else { "ok" }
        ));
        text
    }
}

/// A number in a readable form (no long tails of digits).
pub fn format_number(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1000.0 || value == value.trunc() {
        format!("{value:.0}")
    } else if magnitude >= 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.3}")
    }
}

/// How much worse `new` is than `baseline`, relative to the baseline (negative: better).
pub fn relative_worsening(better: Better, baseline: f64, new: f64) -> f64 {
    let worse_by = match better {
        Better::Higher => baseline - new,
        Better::Lower => new - baseline,
    };
    if baseline == 0.0 {
        return if worse_by > 0.0 {
            f64::INFINITY
        } else if worse_by < 0.0 {
            f64::NEG_INFINITY
        } else {
            0.0
        };
    }
    worse_by / baseline.abs()
}

fn signed_percent(baseline: f64, new: f64) -> String {
    if baseline == 0.0 {
        return format!("{:+}", format_number(new - baseline));
    }
    format!("{:+.1}%", (new - baseline) / baseline.abs() * 100.0)
}

/// Compares one target's metrics with its baseline. `programs_not_run` (the reason) turns a
/// missing program metric into a skip instead of a failure (only the sizes were measured).
pub fn compare(
    target: &str,
    baseline: &Baseline,
    metrics: &[Metric],
    programs_not_run: Option<&str>,
) -> (Vec<Finding>, usize) {
    let mut findings = Vec::new();
    let mut compared = 0;
    let finding = |severity, metric: &str, message: String| Finding {
        severity,
        target: target.to_string(),
        metric: metric.to_string(),
        message,
    };
    for (name, entry) in &baseline.metrics {
        let severity = match entry.kind {
            Kind::Deterministic => Severity::Fail,
            Kind::Ratio => Severity::Warn,
        };
        let Some(metric) = metrics.iter().find(|metric| &metric.name == name) else {
            if let (Some(reason), false) = (programs_not_run, name.starts_with("size.")) {
                findings.push(finding(
                    Severity::Info,
                    name,
                    format!("skipped: programs not run: {reason}"),
                ));
                continue;
            }
            findings.push(finding(
                severity,
                name,
                format!(
                    "no new value (baseline {} {}): the program failed or was not run",
                    format_number(entry.value),
                    entry.unit
                ),
            ));
            continue;
        };
        compared += 1;
        findings.extend(
            judge(entry, metric, severity)
                .into_iter()
                .map(|(severity, message)| finding(severity, name, message)),
        );
    }
    for metric in metrics {
        if !baseline.metrics.contains_key(&metric.name) {
            findings.push(finding(
                Severity::Info,
                &metric.name,
                format!(
                    "new metric {} {} (not in the baseline; `--bless` adds it)",
                    format_number(metric.value),
                    metric.unit
                ),
            ));
        }
    }
    (findings, compared)
}

/// The findings for one metric against its baseline entry.
fn judge(entry: &Entry, metric: &Metric, severity: Severity) -> Vec<(Severity, String)> {
    let mut verdicts = Vec::new();
    let worsening = relative_worsening(entry.better, entry.value, metric.value);
    let values = format!(
        "baseline {} {}, new {} {}, difference {}",
        format_number(entry.value),
        entry.unit,
        format_number(metric.value),
        metric.unit,
        signed_percent(entry.value, metric.value)
    );
    let direction = match entry.better {
        Better::Higher => "higher is better",
        Better::Lower => "lower is better",
    };
    if worsening > entry.tolerance + 1e-12 {
        verdicts.push((
            severity,
            format!(
                "worse than baseline beyond tolerance: {values} ({direction}; tolerance {:.1}%)",
                entry.tolerance * 100.0
            ),
        ));
    }
    if let Some(budget) = entry.budget {
        let over = match entry.better {
            Better::Higher => metric.value < budget,
            Better::Lower => metric.value > budget,
        };
        if over {
            let relation = match entry.better {
                Better::Higher => "below its floor",
                Better::Lower => "over budget",
            };
            verdicts.push((
                severity,
                format!(
                    "{relation}: new {} {}, budget {} {} ({}); {values}",
                    format_number(metric.value),
                    metric.unit,
                    format_number(budget),
                    entry.unit,
                    signed_percent(budget, metric.value)
                ),
            ));
        }
    }
    if verdicts.is_empty() {
        let message = if worsening < -entry.tolerance {
            format!("improved: {values} (`--bless` to keep it)")
        } else {
            format!("within tolerance: {values}")
        };
        verdicts.push((Severity::Info, message));
    }
    verdicts
}

/// Checks a whole run against every baseline file.
pub fn check(results: &Results, baselines: &[(PathBuf, Baseline)]) -> GateReport {
    let mut report = GateReport::default();
    let target_note = |severity, target: &str, message: String| Finding {
        severity,
        target: target.to_string(),
        metric: String::new(),
        message,
    };
    for (path, baseline) in baselines {
        let target = baseline.target.as_str();
        let skipped = if target == HOST_TARGET {
            results.host.is_none().then(|| {
                let reason = results.host_skipped.as_deref().unwrap_or("no reason given");
                (Severity::Info, format!("host not run: {reason}"))
            })
        } else {
            match results.boards.iter().find(|board| board.board == target) {
                None => Some((
                    Severity::Info,
                    "board not run in this invocation (see --board)".to_string(),
                )),
                // No image (it did not build): not even its size can be checked, so the gate
                // fails rather than passing on zero metrics.
                Some(board) => board
                    .unavailable
                    .as_ref()
                    .map(|reason| (Severity::Fail, format!("not available: {reason}"))),
            }
        };
        if let Some((severity, reason)) = skipped {
            report.findings.push(target_note(
                severity,
                target,
                format!(
                    "skipped {} metrics of {}: {reason}",
                    baseline.metrics.len(),
                    path.display()
                ),
            ));
            continue;
        }
        let metrics = results.target_metrics(target).unwrap_or(&[]);
        let programs_not_run = results
            .boards
            .iter()
            .find(|board| board.board == target)
            .and_then(|board| board.programs_unavailable.as_deref());
        let (findings, compared) = compare(target, baseline, metrics, programs_not_run);
        report.findings.extend(findings);
        report.compared += compared;
    }
    for target in results.metrics.keys() {
        if !baselines
            .iter()
            .any(|(_, baseline)| &baseline.target == target)
        {
            report.findings.push(target_note(
                Severity::Info,
                target,
                format!("no baseline file bench/baselines/{target}.yaml (`--bless` writes it)"),
            ));
        }
    }
    for failure in &results.failures {
        // On a board, a failure is a regression when the baseline has numbers for that program
        // (it used to work); a program that never worked there only warns.
        let baseline_has_it = baselines.iter().any(|(_, baseline)| {
            baseline.target == failure.target
                && baseline
                    .metrics
                    .keys()
                    .any(|name| name.split('.').next() == Some(failure.program.as_str()))
        });
        let (severity, note) = if failure.target == HOST_TARGET {
            (Severity::Warn, "")
        } else if baseline_has_it {
            (Severity::Fail, "")
        } else {
            (Severity::Warn, " (not in the baseline: not a regression)")
        };
        report.findings.push(Finding {
            severity,
            target: failure.target.clone(),
            metric: failure.program.clone(),
            message: format!(
                "failed under {}: {}{note}",
                failure.interpreter, failure.message
            ),
        });
    }
    report
}
