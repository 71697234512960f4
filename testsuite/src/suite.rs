//! Turning scripts + skip list + a runner into libtest-mimic trials or a results table.

use crate::{check_outcome, expected_output, Script, ScriptRunner, SkipList};
use libtest_mimic::{Completion, Failed, Trial};
use std::sync::{Arc, Mutex};

/// Options for [`trials`].
#[derive(Debug, Clone, Default)]
pub struct TrialOptions {
    /// Run skipped tests too (`PYRITE_RUN_SKIPPED=1`): those that pass are reported as
    /// unexpectedly passing, so the skip list stays honest. They still show as ignored.
    pub run_skipped: bool,
}

impl TrialOptions {
    /// Options from the environment (`PYRITE_RUN_SKIPPED=1`).
    pub fn from_env() -> TrialOptions {
        TrialOptions {
            run_skipped: std::env::var("PYRITE_RUN_SKIPPED").is_ok_and(|value| value == "1"),
        }
    }
}

/// Skipped tests that passed when run anyway (`target::area/name.py`).
pub type UnexpectedPasses = Arc<Mutex<Vec<String>>>;

/// Runs one script and judges it.
fn run_and_check(runner: &dyn ScriptRunner, script: &Script) -> Result<(), String> {
    let expected = expected_output(script)?;
    let outcome = runner.run(script)?;
    check_outcome(script, runner.target(), &outcome, &expected)
}

/// One trial per script, named `<target>::<area>/<name>.py`. Skipped scripts are ignored with
/// their reason; with `options.run_skipped` they run and passes land in `unexpected`.
pub fn trials(
    scripts: &[Script],
    skips: &SkipList,
    runner: Arc<dyn ScriptRunner>,
    options: &TrialOptions,
    unexpected: &UnexpectedPasses,
) -> Vec<Trial> {
    scripts
        .iter()
        .map(|script| {
            let name = format!("{}::{}", runner.target(), script.id());
            let script = script.clone();
            let runner = Arc::clone(&runner);
            match skips.reason(&script.id(), runner.target()) {
                None => Trial::test(name, move || {
                    run_and_check(runner.as_ref(), &script).map_err(Failed::from)
                }),
                Some(reason) if options.run_skipped => {
                    let reason = reason.to_string();
                    let unexpected = Arc::clone(unexpected);
                    let trial_name = name.clone();
                    Trial::ignorable_test(name, move || {
                        match run_and_check(runner.as_ref(), &script) {
                            Ok(()) => {
                                if let Ok(mut list) = unexpected.lock() {
                                    list.push(trial_name);
                                }
                                Ok(Completion::ignored_with(format!(
                                    "UNEXPECTEDLY PASSES — remove it from skip.yaml (was: {reason})"
                                )))
                            }
                            Err(_) => {
                                Ok(Completion::ignored_with(format!("still fails: {reason}")))
                            }
                        }
                    })
                }
                Some(reason) => {
                    let reason = reason.to_string();
                    Trial::ignorable_test(name, move || Ok(Completion::ignored_with(reason)))
                }
            }
        })
        .collect()
}

/// Prints the unexpectedly passing skipped tests; `true` when there were any.
pub fn report_unexpected_passes(unexpected: &UnexpectedPasses) -> bool {
    let mut list = unexpected
        .lock()
        .map(|list| list.clone())
        .unwrap_or_default();
    if list.is_empty() {
        return false;
    }
    list.sort();
    eprintln!(
        "\n{} skipped test(s) now pass — remove them from testsuite/skip.yaml:",
        list.len()
    );
    for name in &list {
        eprintln!("    {name}");
    }
    true
}

/// How one test ended in [`run_suite`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TestStatus {
    /// Output matched.
    Passed,
    /// With the failure message.
    Failed(String),
    /// With the skip reason.
    Skipped(String),
}

/// One row of [`run_suite`]'s results.
#[derive(Debug, Clone)]
pub struct TestResult {
    /// The script.
    pub script: Script,
    /// Its status.
    pub status: TestStatus,
}

/// Runs every script on `threads` worker threads and returns the results in script order.
pub fn run_suite(
    scripts: &[Script],
    skips: &SkipList,
    runner: &dyn ScriptRunner,
    threads: usize,
) -> Vec<TestResult> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<TestStatus>>> = Mutex::new(vec![None; scripts.len()]);
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| loop {
                let index = {
                    let Ok(mut next) = next.lock() else { return };
                    let index = *next;
                    *next += 1;
                    index
                };
                let Some(script) = scripts.get(index) else {
                    return;
                };
                let status = match skips.reason(&script.id(), runner.target()) {
                    Some(reason) => TestStatus::Skipped(reason.to_string()),
                    None => match run_and_check(runner, script) {
                        Ok(()) => TestStatus::Passed,
                        Err(message) => TestStatus::Failed(message),
                    },
                };
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(status);
                }
            });
        }
    });
    let statuses = results.into_inner().unwrap_or_default();
    scripts
        .iter()
        .zip(statuses)
        .map(|(script, status)| TestResult {
            script: script.clone(),
            status: status.unwrap_or_else(|| TestStatus::Failed("the worker thread died".into())),
        })
        .collect()
}
