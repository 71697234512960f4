//! Proves the runner and the `.exp` files: with a "pyrite" that is really CPython every script
//! passes; with one that prints garbage, crashes or hangs, every script fails with a useful message.

use pyrite_testsuite::{
    discover, run_suite, suite_dir, HostRunner, Script, SkipList, TestStatus, AREAS,
};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Writes an executable shell script `name` into a fresh directory under the target dir.
fn fake_binary(name: &str, body: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fake-pyrite");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

/// A few scripts of every area (the first two by name), to keep this test quick.
fn sample() -> Vec<Script> {
    let scripts = discover(&suite_dir()).unwrap();
    let mut picked = Vec::new();
    for area in AREAS {
        picked.extend(scripts.iter().filter(|s| s.area == *area).take(2).cloned());
    }
    assert!(
        picked.len() >= 2 * (AREAS.len() - 1),
        "areas missing scripts"
    );
    picked
}

fn runner(binary: &Path, timeout: Duration) -> HostRunner {
    HostRunner {
        binary: binary.to_path_buf(),
        timeout,
        target: "host".into(),
        options: Vec::new(),
    }
}

#[test]
fn cpython_as_pyrite_passes_every_sampled_script() {
    let binary = fake_binary(
        "cpython",
        "PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 exec python3 -B \"$@\"",
    );
    let results = run_suite(
        &sample(),
        &SkipList::default(),
        &runner(&binary, Duration::from_secs(60)),
        2,
    );
    let failures: Vec<String> = results
        .iter()
        .filter_map(|result| match &result.status {
            TestStatus::Failed(message) => Some(format!("{}:\n{message}", result.script.id())),
            _ => None,
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn garbage_output_fails_every_script_with_a_diff() {
    let binary = fake_binary("garbage", "echo 'this is not python'");
    let results = run_suite(
        &sample(),
        &SkipList::default(),
        &runner(&binary, Duration::from_secs(10)),
        2,
    );
    for result in &results {
        match &result.status {
            TestStatus::Failed(message) => {
                assert!(message.contains("+ this is not python"), "{message}")
            }
            other => panic!("{}: expected a failure, got {other:?}", result.script.id()),
        }
    }
}

#[test]
fn right_output_with_an_error_exit_fails() {
    let binary = fake_binary(
        "exit-one",
        "PYTHONHASHSEED=0 python3 -B \"$@\"; echo 'Traceback: boom' >&2; exit 1",
    );
    let scripts: Vec<Script> = sample().into_iter().take(1).collect();
    let results = run_suite(
        &scripts,
        &SkipList::default(),
        &runner(&binary, Duration::from_secs(60)),
        1,
    );
    match &results[0].status {
        TestStatus::Failed(message) => {
            assert!(message.contains("exited with status 1"), "{message}");
            assert!(message.contains("stdout matches"), "{message}");
            assert!(message.contains("Traceback: boom"), "{message}");
        }
        other => panic!("expected a failure, got {other:?}"),
    }
}

#[test]
fn a_hanging_binary_times_out() {
    let binary = fake_binary("hang", "sleep 30");
    let scripts: Vec<Script> = sample().into_iter().take(1).collect();
    let results = run_suite(
        &scripts,
        &SkipList::default(),
        &runner(&binary, Duration::from_millis(500)),
        1,
    );
    match &results[0].status {
        TestStatus::Failed(message) => assert!(message.contains("timed out"), "{message}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[test]
fn skipped_scripts_are_not_run() {
    let binary = fake_binary("garbage2", "echo garbage");
    let scripts: Vec<Script> = sample().into_iter().take(1).collect();
    let skips = SkipList::parse(
        &format!(
            "- test: {}\n  targets: [host]\n  reason: testing skips\n",
            scripts[0].id()
        ),
        "inline.yaml",
    )
    .unwrap();
    let results = run_suite(
        &scripts,
        &skips,
        &runner(&binary, Duration::from_secs(10)),
        1,
    );
    assert_eq!(
        results[0].status,
        TestStatus::Skipped("testing skips".into())
    );
}

#[test]
fn the_real_skip_list_is_valid_and_names_existing_tests() {
    let skips = SkipList::load(&pyrite_testsuite::skip_file()).unwrap();
    let ids: Vec<String> = discover(&suite_dir())
        .unwrap()
        .iter()
        .map(Script::id)
        .collect();
    assert!(skips.unknown_tests(&ids).is_empty());
}

#[test]
fn every_script_has_an_exp_file() {
    let missing: Vec<String> = discover(&suite_dir())
        .unwrap()
        .iter()
        .filter(|script| !script.exp_path.is_file())
        .map(Script::id)
        .collect();
    assert!(
        missing.is_empty(),
        "run `cargo xtask bless` for: {}",
        missing.join(", ")
    );
}
