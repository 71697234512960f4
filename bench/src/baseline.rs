//! Baselines: `bench/baselines/<target>.yaml`, one entry per metric, changed only by `--bless`.
//!
//! ```yaml
//! target: qemu-mps2-an385
//! metrics:
//!   pystone.score:
//!     value: 1234.5
//!     unit: pystones/s (virtual)
//!     better: higher        # or lower
//!     tolerance: 0.02       # relative: 2% worse than value still passes
//!     budget: 262144        # optional absolute limit (a ceiling if lower is better, else a floor)
//!     kind: deterministic   # or ratio (noisy host measurement: only warns)
//! ```
//! A malformed file is an error naming the file and the line.

use crate::error::{io_error, Error, Result};
use crate::results::{Better, Kind, Metric};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The accepted value of one metric and how far a new value may stray from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub value: f64,
    pub unit: String,
    pub better: Better,
    pub tolerance: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<f64>,
    pub kind: Kind,
}

/// One baseline file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// `host` or a board name; must match the file name.
    pub target: String,
    pub metrics: BTreeMap<String, Entry>,
}

/// The tolerance and budget a newly blessed metric starts with (existing entries keep theirs).
pub trait Policy {
    fn tolerance(&self, target: &str, metric: &Metric) -> f64;
    fn budget(&self, target: &str, metric: &Metric) -> Option<f64>;
}

/// "file:line:column: message" for a YAML error.
pub fn describe_yaml_error(path: &Path, error: &serde_norway::Error) -> String {
    match error.location() {
        Some(location) => format!(
            "{}:{}:{}: {error}",
            path.display(),
            location.line(),
            location.column()
        ),
        None => format!("{}: {error}", path.display()),
    }
}

/// The path of `target`'s baseline in `directory`.
pub fn path_for(directory: &Path, target: &str) -> PathBuf {
    directory.join(format!("{target}.yaml"))
}

impl Baseline {
    /// Reads and validates one baseline file.
    pub fn load(path: &Path) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(|error| io_error(path, error))?;
        Baseline::parse(path, &text)
    }

    /// Parses and validates `text` as the baseline at `path` (used in messages).
    pub fn parse(path: &Path, text: &str) -> Result<Baseline> {
        let baseline: Baseline = serde_norway::from_str(text)
            .map_err(|error| Error::new(describe_yaml_error(path, &error)))?;
        let at = |metric: &str| {
            let line = text
                .lines()
                .position(|line| {
                    let trimmed = line.trim_start();
                    trimmed.starts_with(&format!("{metric}:"))
                        || trimmed.starts_with(&format!("'{metric}':"))
                })
                .map_or(0, |index| index + 1);
            format!("{}:{line}", path.display())
        };
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("");
        if baseline.target != stem {
            let line = text
                .lines()
                .position(|line| line.starts_with("target:"))
                .map_or(0, |index| index + 1);
            return Err(Error::new(format!(
                "{}:{line}: target `{}` does not match the file name (expected `{stem}`)",
                path.display(),
                baseline.target
            )));
        }
        for (name, entry) in &baseline.metrics {
            if !entry.value.is_finite() {
                return Err(Error::new(format!(
                    "{}: `{name}` value is not a finite number",
                    at(name)
                )));
            }
            if !entry.tolerance.is_finite() || entry.tolerance < 0.0 {
                return Err(Error::new(format!(
                    "{}: `{name}` tolerance {} must be a relative amount >= 0 (0.02 = 2%)",
                    at(name),
                    entry.tolerance
                )));
            }
            if entry.budget.is_some_and(|budget| !budget.is_finite()) {
                return Err(Error::new(format!(
                    "{}: `{name}` budget is not a finite number",
                    at(name)
                )));
            }
        }
        Ok(baseline)
    }

    /// Writes the baseline with a header saying how it may change.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_norway::to_string(self)
            .map_err(|error| Error::new(format!("cannot serialize baseline: {error}")))?;
        let header = format!(
            "# Benchmark baseline for `{}`. Changed only by `cargo xtask bench --bless`\n\
             # (tolerance and budget of an existing entry are kept; edit them by hand if needed).\n",
            self.target
        );
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|error| io_error(parent, error))?;
        }
        std::fs::write(path, format!("{header}{text}")).map_err(|error| io_error(path, error))
    }

    /// A new baseline from `metrics`: values are replaced, tolerances and budgets of metrics
    /// already present are kept, new metrics get the policy's. Metrics missing from the new run
    /// keep their old entry (returned as notes so the person blessing sees them).
    pub fn bless(
        previous: Option<&Baseline>,
        target: &str,
        metrics: &[Metric],
        policy: &dyn Policy,
    ) -> (Baseline, Vec<String>) {
        let mut entries = BTreeMap::new();
        let mut notes = Vec::new();
        for metric in metrics {
            let old = previous.and_then(|baseline| baseline.metrics.get(&metric.name));
            let entry = Entry {
                value: metric.value,
                unit: metric.unit.clone(),
                better: metric.better,
                tolerance: old
                    .map_or_else(|| policy.tolerance(target, metric), |old| old.tolerance),
                budget: match old {
                    Some(old) => old.budget,
                    None => policy.budget(target, metric),
                },
                kind: metric.kind,
            };
            entries.insert(metric.name.clone(), entry);
        }
        if let Some(previous) = previous {
            for (name, old) in &previous.metrics {
                if !entries.contains_key(name) {
                    notes.push(format!(
                        "{target}: `{name}` has no new value; kept its old baseline"
                    ));
                    entries.insert(name.clone(), old.clone());
                }
            }
        }
        (
            Baseline {
                target: target.to_string(),
                metrics: entries,
            },
            notes,
        )
    }
}

/// Every `*.yaml` baseline in `directory` (none if it does not exist), sorted by target.
pub fn load_directory(directory: &Path) -> Result<Vec<(PathBuf, Baseline)>> {
    if !directory.exists() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(directory).map_err(|error| io_error(directory, error))?;
    let mut baselines = Vec::new();
    for entry in entries {
        let path = entry.map_err(|error| io_error(directory, error))?.path();
        if path.extension().and_then(|extension| extension.to_str()) == Some("yaml") {
            let baseline = Baseline::load(&path)?;
            baselines.push((path, baseline));
        }
    }
    baselines.sort_by(|a, b| a.1.target.cmp(&b.1.target));
    Ok(baselines)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "target: host\nmetrics:\n  pystone.speed_ratio:\n    value: 0.6\n    unit: x CPython\n    better: higher\n    tolerance: 0.25\n    kind: ratio\n";

    #[test]
    fn parses_a_good_file() {
        let baseline = Baseline::parse(Path::new("bench/baselines/host.yaml"), GOOD).unwrap();
        let entry = &baseline.metrics["pystone.speed_ratio"];
        assert_eq!(entry.value, 0.6);
        assert_eq!(entry.better, Better::Higher);
        assert_eq!(entry.budget, None);
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let broken = GOOD.replace("    better: higher\n", "    better: [higher\n");
        let error = Baseline::parse(Path::new("bench/baselines/host.yaml"), &broken).unwrap_err();
        assert!(
            error.message().starts_with("bench/baselines/host.yaml:"),
            "{error}"
        );
        let line: usize = error.message().split(':').nth(1).unwrap().parse().unwrap();
        assert!((6..=8).contains(&line), "{error}");
    }

    #[test]
    fn unknown_fields_and_bad_values_name_file_and_line() {
        let typo = GOOD.replace("tolerance:", "tolerence:");
        let error = Baseline::parse(Path::new("b/host.yaml"), &typo).unwrap_err();
        assert!(error.message().contains("b/host.yaml:"), "{error}");
        assert!(error.message().contains("tolerence"), "{error}");

        let negative = GOOD.replace("tolerance: 0.25", "tolerance: -1");
        let error = Baseline::parse(Path::new("b/host.yaml"), &negative).unwrap_err();
        assert!(error.message().starts_with("b/host.yaml:3:"), "{error}");

        let bad_better = GOOD.replace("better: higher", "better: sideways");
        let error = Baseline::parse(Path::new("b/host.yaml"), &bad_better).unwrap_err();
        assert!(error.message().starts_with("b/host.yaml:6:"), "{error}");
    }

    #[test]
    fn target_must_match_file_name() {
        let error = Baseline::parse(Path::new("b/qemu-mps2-an385.yaml"), GOOD).unwrap_err();
        assert!(
            error.message().starts_with("b/qemu-mps2-an385.yaml:1:"),
            "{error}"
        );
    }

    struct Fixed;
    impl Policy for Fixed {
        fn tolerance(&self, _: &str, _: &Metric) -> f64 {
            0.05
        }
        fn budget(&self, _: &str, _: &Metric) -> Option<f64> {
            Some(100.0)
        }
    }

    #[test]
    fn bless_keeps_tolerances_and_missing_metrics() {
        let previous = Baseline::parse(Path::new("host.yaml"), GOOD).unwrap();
        let metric = Metric {
            name: "nbody.speed_ratio".into(),
            value: 0.9,
            unit: "x CPython".into(),
            better: Better::Higher,
            kind: Kind::Ratio,
        };
        let (blessed, notes) = Baseline::bless(Some(&previous), "host", &[metric], &Fixed);
        assert_eq!(blessed.metrics["nbody.speed_ratio"].tolerance, 0.05);
        assert_eq!(blessed.metrics["pystone.speed_ratio"].tolerance, 0.25);
        assert_eq!(notes.len(), 1);
        // Round trip through the file format.
        let text = serde_norway::to_string(&blessed).unwrap();
        assert_eq!(
            Baseline::parse(Path::new("host.yaml"), &text).unwrap(),
            blessed
        );
    }
}
