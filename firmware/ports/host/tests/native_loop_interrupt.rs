//! Ctrl-C (SIGINT on the host, the UART's 0x03 on a board) stops native loops over an
//! iterable that would run for ages (`x in range(10 ** 20)`, `sum`, `all`) with
//! `KeyboardInterrupt`, as it stops Python code.

use std::process::{Command, Stdio};
use std::time::Duration;

fn interrupted_after_a_moment(code: &str) -> String {
    let child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pyrite");
    std::thread::sleep(Duration::from_millis(300));
    let pid = libc::pid_t::try_from(child.id()).expect("a process id fits pid_t");
    // SAFETY: `kill` only sends a signal; `pid` is our own child, still running or a zombie
    // until `wait` below reaps it, so the id cannot name another process.
    let sent = unsafe { libc::kill(pid, libc::SIGINT) };
    assert_eq!(sent, 0, "kill(SIGINT) failed");
    // A loop that ignores the interrupt would never end: give it 10 s, then kill it.
    let mut child = child;
    for _ in 0..100 {
        if child.try_wait().expect("poll pyrite").is_some() {
            let output = child.wait_with_output().expect("wait for pyrite");
            return String::from_utf8_lossy(&output.stderr).into_owned();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    panic!("`{code}` went on running after SIGINT");
}

#[test]
fn membership_in_a_huge_range_stops_on_sigint() {
    let stderr = interrupted_after_a_moment("print(1.5 in range(10 ** 20))");
    assert!(stderr.ends_with("KeyboardInterrupt\n"), "{stderr}");
}

#[test]
fn sum_and_all_of_a_huge_range_stop_on_sigint() {
    for code in [
        "print(sum(range(10 ** 18)))",
        "print(all(range(1, 10 ** 18)))",
    ] {
        let stderr = interrupted_after_a_moment(code);
        assert!(stderr.ends_with("KeyboardInterrupt\n"), "{code}: {stderr}");
    }
}
