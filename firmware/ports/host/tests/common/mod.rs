//! Shared by the host's integration tests: run the `pyrite` binary on a snippet.

use std::path::Path;
use std::process::Command;

/// Runs `pyrite -c code` in `dir`; returns (stdout, stderr, success).
pub fn pyrite_in(dir: &Path, code: &str) -> (String, String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
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
