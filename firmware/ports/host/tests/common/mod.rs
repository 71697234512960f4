//! Shared by the host's integration tests: run the `pyrite` binary on a snippet.

use std::path::Path;
use std::process::Command;

/// Runs `pyrite -c code` in `dir`; returns (stdout, stderr, success).
#[allow(dead_code)] // not every test binary uses both
pub fn pyrite_in(dir: &Path, code: &str) -> (String, String, bool) {
    pyrite_with(&[], dir, code)
}

/// Runs `pyrite OPTIONS… -c code` in `dir` (`options`: `-X heapsize=512k`, …); returns
/// (stdout, stderr, success).
pub fn pyrite_with(options: &[&str], dir: &Path, code: &str) -> (String, String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(options)
        .args(["-c", code])
        .current_dir(dir)
        .output()
        .expect("run pyrite");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.success(),
    )
}
