//! The Markdown report of a run (`target/bench/report.md`) and the base-vs-head comparison
//! a pull request gets as a comment.

use crate::gate::{format_number, GateReport};
use crate::results::{Results, Summary, REFERENCE};
use std::fmt::Write;

fn cell(summary: Option<&Summary>, failure: Option<&String>) -> String {
    match (summary, failure) {
        (_, Some(failure)) => escape(&shorten(failure, 120)),
        (Some(summary), None) => format!(
            "{} ({}–{})",
            format_number(summary.median),
            format_number(summary.min),
            format_number(summary.max)
        ),
        (None, None) => "–".into(),
    }
}

fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(limit).collect::<String>())
    }
}

/// Keeps table cells intact.
fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The full report.
pub fn render(results: &Results, gate: Option<&GateReport>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Pyrite benchmark report\n");
    let _ = writeln!(
        out,
        "Commit `{}`, sizes `{}`. Host numbers are wall-clock and compared only as ratios measured \
         in the same run; firmware numbers are per *virtual* second under \
         `-icount shift=0,align=off,sleep=off` and are deterministic.\n",
        results.commit.as_deref().unwrap_or("unknown"),
        results.size_class
    );
    host_section(&mut out, results);
    firmware_section(&mut out, results);
    if let Some(gate) = gate {
        let _ = writeln!(out, "## Gate\n\n```\n{}```\n", gate.render(false));
    }
    if !results.failures.is_empty() {
        let _ = writeln!(out, "## Failures\n");
        for failure in &results.failures {
            let _ = writeln!(
                out,
                "- {} / {} under {}: {}",
                failure.target,
                failure.program,
                failure.interpreter,
                escape(&failure.message)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "## Plots\n\n![host speed](plots/host_speed.svg)\n\n![firmware scores](plots/firmware_scores.svg)\n\n\
         ![firmware memory](plots/firmware_memory.svg)\n\n![history](plots/history.svg)"
    );
    out
}

fn host_section(out: &mut String, results: &Results) {
    let _ = writeln!(out, "## Host: pyrite vs CPython\n");
    let Some(host) = &results.host else {
        let _ = writeln!(
            out,
            "Not run: {}\n",
            results.host_skipped.as_deref().unwrap_or("no reason given")
        );
        return;
    };
    for info in &host.interpreters {
        let state = if info.available {
            ""
        } else {
            " — column skipped"
        };
        let _ = writeln!(
            out,
            "- **{}** `{}`: {}{state}",
            info.name,
            info.command.join(" "),
            escape(&info.detail)
        );
    }
    let columns: Vec<&str> = host
        .interpreters
        .iter()
        .filter(|info| info.available)
        .map(|info| info.name.as_str())
        .collect();
    let others: Vec<&str> = columns
        .iter()
        .copied()
        .filter(|name| *name != REFERENCE)
        .collect();
    let _ = writeln!(
        out,
        "\n{} repetitions, interleaved. Scores: median (min–max) in each program's unit per second. \
         **Speed ratio = interpreter's best score / CPython's best score: above 1 means faster than CPython.**\n",
        host.reps
    );
    let mut header = String::from("| program | n | unit |");
    let mut rule = String::from("|---|---:|---|");
    for column in &columns {
        let _ = write!(header, " {column} |");
        rule.push_str("---|");
    }
    for other in &others {
        let _ = write!(header, " {other} / CPython |");
        rule.push_str("---:|");
    }
    let _ = writeln!(out, "{header}\n{rule}");
    for program in &host.programs {
        let mut row = format!("| {} | {} | {} |", program.name, program.n, program.unit);
        for column in &columns {
            let score = program.scores.get(*column);
            let _ = write!(
                row,
                " {} |",
                cell(
                    score.and_then(|score| score.score.as_ref()),
                    score.and_then(|score| score.failure.as_ref())
                )
            );
        }
        for other in &others {
            let ratio = program
                .speed_ratio
                .get(*other)
                .map_or("–".to_string(), |ratio| format!("{ratio:.3}"));
            let _ = write!(row, " {ratio} |");
        }
        let _ = writeln!(out, "{row}");
    }
    let mut row = String::from("| **geometric mean** | | |");
    for _ in &columns {
        row.push_str(" |");
    }
    for other in &others {
        let counted = host
            .programs
            .iter()
            .filter(|program| program.speed_ratio.contains_key(*other))
            .count();
        let value = host
            .geomean_speed_ratio
            .get(*other)
            .map_or("–".to_string(), |ratio| {
                format!(
                    "**{ratio:.3}** ({counted}/{} programs)",
                    host.programs.len()
                )
            });
        let _ = write!(row, " {value} |");
    }
    let _ = writeln!(out, "{row}\n");

    let _ = writeln!(out, "Startup and memory of `-c pass` (median (min–max)):\n");
    let _ = writeln!(
        out,
        "| interpreter | startup (ms) | peak RSS (KiB) |\n|---|---|---|"
    );
    for column in &columns {
        let millis = host.startup_seconds.get(*column).map(|summary| Summary {
            median: summary.median * 1000.0,
            min: summary.min * 1000.0,
            max: summary.max * 1000.0,
            samples: Vec::new(),
        });
        let _ = writeln!(
            out,
            "| {column} | {} | {} |",
            cell(millis.as_ref(), None),
            cell(host.startup_peak_rss_kib.get(*column), None)
        );
    }
    out.push('\n');
}

fn firmware_section(out: &mut String, results: &Results) {
    let _ = writeln!(out, "## Firmware (emulated boards)\n");
    if results.boards.is_empty() {
        let _ = writeln!(out, "Not run (`--host-only`).\n");
        return;
    }
    for board in &results.boards {
        let _ = writeln!(out, "### {}\n", board.board);
        if let Some(reason) = &board.unavailable {
            let _ = writeln!(out, "Not available: {}\n", escape(reason));
            continue;
        }
        if let Some(sizes) = &board.sizes {
            let spec = crate::firmware::board_spec(&board.board);
            let budget =
                |value: Option<u64>| value.map_or("–".to_string(), |value| value.to_string());
            let _ = writeln!(out, "| memory | bytes | budget |\n|---|---:|---:|");
            let _ = writeln!(
                out,
                "| flash (text+rodata+data) | {} | {} |",
                sizes.flash,
                budget(spec.map(|spec| spec.flash_budget))
            );
            let _ = writeln!(
                out,
                "| static RAM (data+bss) | {} | {} |",
                sizes.static_ram,
                budget(spec.map(|spec| spec.static_ram_budget))
            );
            let _ = writeln!(
                out,
                "| heap ({}) | {} | ≥ {} |\n",
                sizes.heap_source.as_deref().unwrap_or("not found"),
                budget(sizes.heap),
                budget(spec.map(|spec| spec.heap_floor))
            );
        }
        if let Some(reason) = &board.programs_unavailable {
            let _ = writeln!(out, "Programs not run: {}\n", escape(reason));
            continue;
        }
        match (&board.conformance, &board.conformance_unavailable) {
            (Some(summary), _) => {
                let _ = writeln!(
                    out,
                    "Conformance: {} passed, {} failed, {} skipped.\n",
                    summary.passed, summary.failed, summary.skipped
                );
            }
            (None, Some(reason)) => {
                let _ = writeln!(out, "Conformance: not run: {}\n", escape(reason));
            }
            (None, None) => {}
        }
        let _ = writeln!(out, "| program | n | score (per virtual s) | virtual s | heap peak (bytes) | heap live (bytes) |\n|---|---:|---:|---:|---:|---:|");
        for program in &board.programs {
            let score = match (&program.failure, program.score) {
                (Some(failure), _) => escape(&shorten(failure, 100)),
                (None, Some(score)) => format!("{} {}", format_number(score), program.unit),
                (None, None) => "–".into(),
            };
            let bytes = |value: Option<u64>| value.map_or("–".into(), |bytes| bytes.to_string());
            let _ = writeln!(
                out,
                "| {} | {} | {score} | {} | {} | {} |",
                program.name,
                program.n,
                program
                    .virtual_seconds
                    .map_or("–".into(), |seconds| format!("{seconds:.3}")),
                bytes(program.heap_peak_bytes),
                bytes(program.heap_live_bytes)
            );
        }
        out.push('\n');
    }
}

/// Base vs head, metric by metric: the pull-request comment.
pub fn render_comparison(base: &Results, head: &Results) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### Benchmarks: base `{}` → head `{}`\n",
        base.commit.as_deref().unwrap_or("?"),
        head.commit.as_deref().unwrap_or("?")
    );
    let _ = writeln!(
        out,
        "Host ratios are pyrite/CPython speed (above 1 = faster than CPython), measured in separate \
         runs and noisy; firmware scores and sizes are deterministic.\n"
    );
    let _ = writeln!(
        out,
        "| target | metric | base | head | change |\n|---|---|---:|---:|---:|"
    );
    let mut rows = 0;
    for (target, metrics) in &head.metrics {
        for metric in metrics {
            let old = base
                .target_metrics(target)
                .and_then(|metrics| metrics.iter().find(|old| old.name == metric.name));
            let (base_text, change) = match old {
                Some(old) => {
                    let worsening =
                        crate::gate::relative_worsening(metric.better, old.value, metric.value);
                    let marker = if worsening > 0.005 {
                        " (worse)"
                    } else if worsening < -0.005 {
                        " (better)"
                    } else {
                        ""
                    };
                    let percent = if old.value != 0.0 {
                        format!(
                            "{:+.1}%{marker}",
                            (metric.value - old.value) / old.value.abs() * 100.0
                        )
                    } else {
                        format!("{:+}{marker}", format_number(metric.value - old.value))
                    };
                    (format_number(old.value), percent)
                }
                None => ("–".to_string(), "new".to_string()),
            };
            let _ = writeln!(
                out,
                "| {target} | {} | {base_text} | {} | {change} |",
                metric.name,
                format_number(metric.value)
            );
            rows += 1;
        }
    }
    if rows == 0 {
        let _ = writeln!(out, "| – | no metrics in the head run | | | |");
    }
    for board in &head.boards {
        if let Some(reason) = &board.unavailable {
            let _ = writeln!(
                out,
                "\nFirmware `{}`: not available: {}",
                board.board,
                escape(reason)
            );
        }
    }
    if !head.failures.is_empty() {
        let _ = writeln!(out, "\nFailures in head:");
        for failure in &head.failures {
            let _ = writeln!(
                out,
                "- {} / {} under {}: {}",
                failure.target,
                failure.program,
                failure.interpreter,
                escape(&shorten(&failure.message, 200))
            );
        }
    }
    out
}
