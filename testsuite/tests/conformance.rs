//! The conformance suite on the host: one libtest-mimic trial per script, `host::<area>/<name>`,
//! and again under `-X gc_stress` (the collector runs at every safe point), as
//! `host-gc-stress::<area>/<name>`.
//!
//! Runs the `pyrite` binary from `$PYRITE_BIN` (default `<repo>/target/release/pyrite`) in each
//! script's directory and compares its stdout with the CPython-blessed `.exp`. Skipped tests
//! (testsuite/skip.yaml) show as ignored with their reason; `PYRITE_RUN_SKIPPED=1` runs them too
//! and lists those that now pass (and then exits non-zero, so the skip list gets fixed).

use libtest_mimic::Arguments;
use pyrite_testsuite::{
    default_pyrite_binary, discover, report_unexpected_passes, skip_file, suite_dir, trials,
    HostRunner, ScriptRunner, SkipList, TrialOptions, UnexpectedPasses,
};
use std::sync::Arc;

fn fail(message: &str) -> ! {
    eprintln!("conformance: {message}");
    std::process::exit(1);
}

fn main() {
    let arguments = Arguments::from_args();
    let scripts = discover(&suite_dir()).unwrap_or_else(|error| fail(&error));
    let skips = SkipList::load(&skip_file()).unwrap_or_else(|error| fail(&error));
    let ids: Vec<String> = scripts.iter().map(|script| script.id()).collect();
    let stale = skips.unknown_tests(&ids);
    if !stale.is_empty() {
        fail(&format!(
            "{}: entries for tests that do not exist: {}",
            skip_file().display(),
            stale.join(", ")
        ));
    }
    let runner = HostRunner::new(default_pyrite_binary());
    let stressed = HostRunner::gc_stress(default_pyrite_binary());
    // Listing tests (`--list`) must work without the binary.
    if !arguments.list {
        runner.check_ready().unwrap_or_else(|error| fail(&error));
    }
    let options = TrialOptions::from_env();
    let unexpected = UnexpectedPasses::default();
    // Board backends add their trials here: the same scripts, their own runner, e.g.
    // `all.extend(trials(&scripts, &skips, Arc::new(board_runner), &options, &unexpected))`.
    let mut all = trials(&scripts, &skips, Arc::new(runner), &options, &unexpected);
    all.extend(trials(
        &scripts,
        &skips,
        Arc::new(stressed),
        &options,
        &unexpected,
    ));
    let conclusion = libtest_mimic::run(&arguments, all);
    let unexpected_passes = report_unexpected_passes(&unexpected);
    if conclusion.has_failed() || unexpected_passes {
        std::process::exit(101);
    }
}
