//! `print(..., flush=True)` and `sys.stdout.flush()` push buffered output out at once when
//! stdout is a pipe, as a reader (a CI log, a test harness) expects before the program ends.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Each line reaches the reader while the program still sleeps (3 s each), not at its end.
#[test]
fn flushed_lines_arrive_before_the_program_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args([
            "-c",
            "import sys, time\n\
             print('first', flush=True)\n\
             time.sleep(3)\n\
             sys.stdout.write('second\\n')\n\
             sys.stdout.flush()\n\
             time.sleep(3)\n",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("run pyrite");
    let started = Instant::now();
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut arrivals = Vec::new();
    for _ in 0..2 {
        let mut line = String::new();
        lines.read_line(&mut line).expect("read a line");
        arrivals.push((line, started.elapsed()));
    }
    assert!(child.wait().expect("wait").success());
    assert_eq!(arrivals[0].0, "first\n");
    assert_eq!(arrivals[1].0, "second\n");
    // Unflushed, both would arrive after 6 s.
    assert!(arrivals[0].1 < Duration::from_millis(2500), "{arrivals:?}");
    assert!(arrivals[1].1 < Duration::from_millis(5500), "{arrivals:?}");
}
