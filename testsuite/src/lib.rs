//! Pyrite's conformance suite: find the scripts, load the skip list, run them, compare outputs.
//!
//! A test is one top-level `*.py` file in an area directory (`syntax/`, `ints/`, `modules/`, …)
//! with the stdout CPython 3.11 printed for it beside it as `<script>.exp` (written only by
//! `cargo xtask bless`). Subdirectories of an area hold helper modules, never tests.
//!
//! The library is generic over *how* a script runs ([`ScriptRunner`]): the host binary is one
//! runner ([`HostRunner`]); a firmware board reached through QEMU's UART is another. Given a
//! runner, [`trials`] builds one libtest-mimic trial per script named `<target>::<area>/<name>`,
//! and [`run_suite`] runs everything and returns per-test results (used by `cargo xtask compat`).

mod check;
mod diff;
mod discover;
mod runner;
mod skip;
mod suite;

pub use check::{check_outcome, expected_output, rust_panic};
pub use discover::{discover, Script, AREAS};
pub use runner::{run_with_timeout, ExitKind, HostRunner, RunOutcome, ScriptRunner};
pub use skip::{SkipEntry, SkipList, Targets, KNOWN_TARGETS};
pub use suite::{
    report_unexpected_passes, run_suite, trials, TestResult, TestStatus, TrialOptions,
    UnexpectedPasses,
};

use std::path::PathBuf;

/// Every fallible operation of this crate returns a message meant for a person.
pub type Error = String;

/// The `testsuite/` directory (where the areas, `skip.yaml` and this crate live).
pub fn suite_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    suite_dir()
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(suite_dir)
}

/// The skip list's path.
pub fn skip_file() -> PathBuf {
    suite_dir().join("skip.yaml")
}

/// Where the host `pyrite` binary is: `$PYRITE_BIN`, else `$CARGO_TARGET_DIR/release/pyrite`,
/// else `<repo>/target/release/pyrite`.
pub fn default_pyrite_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("PYRITE_BIN") {
        return PathBuf::from(path);
    }
    let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                repo_root().join(dir)
            }
        }
        None => repo_root().join("target"),
    };
    target_dir.join("release").join("pyrite")
}
