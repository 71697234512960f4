//! The `pyrite` binary's exit status, as CPython's: 0 at the end, 1 for an uncaught
//! exception, `n` for `sys.exit(n)`, and killed by SIGINT for an uncaught `KeyboardInterrupt`
//! (exactly that class; a subclass exits 1).

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, ExitStatus};

fn status_of(code: &str) -> ExitStatus {
    Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["-c", code])
        .output()
        .expect("run pyrite")
        .status
}

#[test]
fn ordinary_ends_give_their_codes() {
    assert_eq!(status_of("pass").code(), Some(0));
    assert_eq!(status_of("1/0").code(), Some(1));
    assert_eq!(status_of("import sys; sys.exit(3)").code(), Some(3));
    // The low byte, as C's exit() gives it.
    assert_eq!(status_of("import sys; sys.exit(-1)").code(), Some(255));
    assert_eq!(status_of("import sys; sys.exit(256)").code(), Some(0));
    assert_eq!(status_of("import sys; sys.exit(1000)").code(), Some(232));
}

#[test]
fn an_uncaught_keyboard_interrupt_ends_by_sigint() {
    let status = status_of("raise KeyboardInterrupt('x')");
    assert_eq!(status.signal(), Some(2), "{status:?}");
    let status = status_of("class K(KeyboardInterrupt): pass\nraise K");
    assert_eq!(status.code(), Some(1), "{status:?}");
    let status = status_of("try:\n    raise KeyboardInterrupt\nfinally:\n    1/0");
    assert_eq!(status.code(), Some(1), "{status:?}");
}

/// Arguments that are not UTF-8 reach the program as U+FFFD, never a panic (exit 101).
#[test]
fn arguments_that_are_not_utf8_do_not_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"a\xffb");
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("-c")
        .arg("import sys; print(sys.argv[1])")
        .arg(bad)
        .output()
        .expect("run pyrite");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(output.stdout, "a\u{fffd}b\n".as_bytes());
    let status = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("-c")
        .arg(bad)
        .output()
        .expect("run pyrite")
        .status;
    assert_eq!(
        status.code(),
        Some(1),
        "a SyntaxError, not a panic: {status:?}"
    );
}
