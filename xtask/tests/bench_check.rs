//! `cargo xtask bench --check` end to end on a recorded results file: it exits non-zero on an
//! injected regression (naming metric, baseline, new value and difference), zero on an
//! improvement, and `--bless` rewrites the baseline; a malformed baseline names file and line.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-check-{name}"));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(directory.join("baselines")).unwrap();
    directory
}

/// A results file with one emulated board: a pystone score and a flash size.
fn results_yaml(score: f64, flash: u64) -> String {
    format!(
        "schema: 1
created_unix: 1767225600
commit: abc1234
size_class: quick
host: null
host_skipped: test
boards:
- board: qemu-mps2-an385
  unavailable: null
  sizes:
    text: 200000
    rodata: 50000
    data: 1000
    bss: 9000
    stack: 0
    flash: {flash}
    static_ram: 10000
    heap: 143360
    heap_source: section .heap
  programs:
  - name: pystone
    n: 500
    unit: pystones/s
    score: {score}
    virtual_seconds: 0.25
    heap_peak_bytes: 30000
    failure: null
  conformance: null
  conformance_unavailable: not wired
failures: []
metrics: {{}}
"
    )
}

/// Runs `cargo xtask bench` on `results` with the scratch baselines; returns (success, output).
fn bench(directory: &Path, results: &str, extra: &[&str]) -> (bool, String) {
    let results_path = directory.join("input.yaml");
    std::fs::write(&results_path, results).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("bench")
        .arg("--results")
        .arg(&results_path)
        .arg("--baselines")
        .arg(directory.join("baselines"))
        .arg("--out")
        .arg(directory.join("out"))
        .arg("--history")
        .arg(directory.join("history.csv"))
        .args(extra)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[test]
fn check_fails_on_an_injected_regression_and_passes_an_improvement() {
    let directory = scratch("regression");
    // `metrics: {}` in the file: the harness derives them from the board section.
    let (ok, output) = bench(&directory, &results_yaml(2000.0, 251_000), &["--bless"]);
    assert!(ok, "{output}");
    let baseline =
        std::fs::read_to_string(directory.join("baselines/qemu-mps2-an385.yaml")).unwrap();
    assert!(baseline.contains("pystone.score"), "{baseline}");
    assert!(std::fs::read_to_string(directory.join("history.csv"))
        .unwrap()
        .contains("qemu-mps2-an385,pystone.score,2000"));

    let (ok, output) = bench(&directory, &results_yaml(1800.0, 251_000), &["--check"]);
    assert!(!ok, "a 10% slower build must fail the gate:\n{output}");
    assert!(
        output.contains("FAIL qemu-mps2-an385 pystone.score")
            && output.contains("baseline 2000")
            && output.contains("new 1800")
            && output.contains("-10.0%"),
        "{output}"
    );

    let (ok, output) = bench(&directory, &results_yaml(2100.0, 250_000), &["--check"]);
    assert!(ok, "a faster and smaller build passes:\n{output}");
    assert!(output.contains("0 regressions"), "{output}");
}

#[test]
fn check_rejects_a_malformed_baseline_naming_file_and_line() {
    let directory = scratch("malformed");
    let path = directory.join("baselines/qemu-mps2-an385.yaml");
    std::fs::write(
        &path,
        "target: qemu-mps2-an385\nmetrics:\n  pystone.score:\n    value: 2000\n    unit: pystones/s\n    better: upwards\n    tolerance: 0.02\n    kind: deterministic\n",
    )
    .unwrap();
    let (ok, output) = bench(&directory, &results_yaml(2000.0, 251_000), &["--check"]);
    assert!(!ok, "{output}");
    assert!(
        output.contains(&format!("{}:6:", path.display())),
        "{output}"
    );
}
