//! Host runs survive a broken pyrite: a crash, a hang and a wrong answer each become a
//! "failed: …" entry with the reason, while CPython's column and the ratios of working
//! interpreters are still measured.

use pyrite_bench::host::{self, HostOptions, Interpreter};
use pyrite_bench::program::{Program, SizeClass};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

const PROGRAM: &str = "# bench-sizes: default=3 quick=2 board=1
import time

def main(n):
    t0 = time.time()
    total = 0
    for i in range(n * 1000):
        total += i
    seconds = max(time.time() - t0, 1e-6)
    ok = total == sum(range(n * 1000))
    print('BENCH name=tiny score=%.3f unit=loops/s time_s=%.6f n=%d check=%s' % (n / seconds, seconds, n, 'ok' if ok else 'fail'))


if __name__ == '__main__':
    main(3)
";

fn scratch(name: &str) -> PathBuf {
    let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("host-{name}"));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).unwrap();
    directory
}

/// An executable shell script standing in for an interpreter.
fn fake_interpreter(directory: &Path, name: &str, body: &str) -> Interpreter {
    let path = directory.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    Interpreter {
        name: name.to_string(),
        command: vec![path.display().to_string()],
    }
}

#[test]
fn broken_interpreters_are_reported_not_fatal() {
    let directory = scratch("broken");
    let program = Program::from_source(Path::new("tiny.py"), PROGRAM.to_string()).unwrap();
    let interpreters = [
        Interpreter {
            name: "cpython".into(),
            command: vec!["python3".into()],
        },
        fake_interpreter(
            &directory,
            "pyrite",
            "echo 'NotImplementedError: no VM yet' >&2; exit 1",
        ),
        fake_interpreter(
            &directory,
            "hanging",
            "if [ \"$1\" = --version ]; then echo hang 1.0; else exec sleep 30; fi",
        ),
        // Runs the program but prints a wrong-answer line.
        fake_interpreter(
            &directory,
            "wrong",
            "echo 'BENCH name=tiny score=99999 unit=loops/s time_s=0.1 n=2 check=fail'",
        ),
        fake_interpreter(&directory, "echo", "exec python3 \"$@\""),
        Interpreter {
            name: "micropython".into(),
            command: vec!["/nonexistent/micropython".into()],
        },
    ];
    let infos: Vec<_> = interpreters
        .iter()
        .map(|interpreter| host::probe(interpreter, &directory))
        .collect();
    assert!(!infos[5].available);
    assert_eq!(infos[5].detail, "not found: /nonexistent/micropython");
    let options = HostOptions {
        reps: 2,
        size_class: SizeClass::Quick,
        startup_reps: 2,
        time_limit: Duration::from_secs(2),
        scratch: directory.clone(),
    };
    let (results, failures) = host::run(&[program], &infos, &options, &mut |_| {}).unwrap();
    let tiny = &results.programs[0];
    assert!(tiny.scores["cpython"].score.is_some());
    assert!(tiny.scores["echo"].score.is_some());
    assert!(tiny.speed_ratio.contains_key("echo"));

    let failure = |name: &str| tiny.scores[name].failure.clone().unwrap_or_default();
    assert!(
        failure("pyrite").starts_with("failed: exit code 1: NotImplementedError: no VM yet"),
        "{}",
        failure("pyrite")
    );
    assert!(
        failure("hanging").contains("timed out"),
        "{}",
        failure("hanging")
    );
    assert!(
        failure("wrong").contains("wrong result"),
        "{}",
        failure("wrong")
    );
    assert!(!tiny.speed_ratio.contains_key("pyrite"));
    assert!(!results.geomean_speed_ratio.contains_key("pyrite"));
    // Each broken interpreter is listed once per program and once for startup where it fails.
    assert!(failures
        .iter()
        .any(|failure| failure.interpreter == "pyrite" && failure.program == "tiny"));
    assert!(failures
        .iter()
        .any(|failure| failure.interpreter == "pyrite" && failure.program.starts_with("startup")));
    assert!(results.startup_seconds.contains_key("cpython"));
    assert!(results.startup_peak_rss_kib["cpython"].median > 1000.0);
}
