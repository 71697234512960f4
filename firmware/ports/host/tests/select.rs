//! `select` on the host: `sys.stdin` polls readable only once a byte is waiting on the pipe
//! (the port reads standard input into a buffer of its own, so it can tell), the console's
//! output is always writable, and MicroPython's stream `ioctl` and `ipoll`'s one-shot flag
//! work on objects written in Python.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Runs `pyrite -c code` with a pipe on stdin: writes `typed` after `delay`, then closes it.
fn pyrite_with_input(code: &str, delay: Duration, typed: &[u8]) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["-c", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pyrite");
    let mut stdin = child.stdin.take().expect("piped stdin");
    std::thread::sleep(delay);
    // The script may have finished (and closed its end) already: that is its own failure.
    let _ = stdin.write_all(typed);
    drop(stdin);
    let output = child.wait_with_output().expect("wait for pyrite");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.success(),
    )
}

#[test]
fn stdin_polls_readable_when_a_line_arrives() {
    let code = "import select, sys, time\n\
                p = select.poll()\n\
                p.register(sys.stdin, select.POLLIN)\n\
                p.register(sys.stdout, select.POLLOUT)\n\
                print(p.poll(0) == [(sys.stdout, select.POLLOUT)])\n\
                p.unregister(sys.stdout)\n\
                print(p.poll(0))\n\
                t = time.ticks_ms()\n\
                print(p.poll(10000) == [(sys.stdin, select.POLLIN)], time.ticks_diff(time.ticks_ms(), t) >= 200)\n\
                print(repr(sys.stdin.readline()))\n\
                print(select.select([sys.stdin], [], [], 5) == ([sys.stdin], [], []), repr(sys.stdin.read()))\n";
    let (stdout, stderr, ok) = pyrite_with_input(code, Duration::from_millis(500), b"typed\nrest");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "True\n[]\nTrue True\n'typed\\n'\nTrue 'rest'\n");
}

#[test]
fn python_streams_poll_through_ioctl() {
    let code = "import select\n\
                class Stream:\n\
                \x20   def __init__(self):\n\
                \x20       self.asked = 0\n\
                \x20   def ioctl(self, request, events):\n\
                \x20       self.asked += 1\n\
                \x20       return select.POLLIN if request == 3 and self.asked >= 3 else 0\n\
                s = Stream()\n\
                p = select.poll()\n\
                p.register(s)\n\
                print(p.poll(2000) == [(s, select.POLLIN)], s.asked)\n\
                print(list(p.ipoll(0, 1)) == [(s, select.POLLIN)], p.poll(0))\n\
                p.modify(s, select.POLLIN)\n\
                print(p.poll(0) == [(s, select.POLLIN)])\n\
                p.unregister(s)\n\
                for f in (lambda: p.unregister(s), lambda: p.modify(s, 1)):\n\
                \x20   try:\n\
                \x20       f()\n\
                \x20   except (KeyError, OSError) as e:\n\
                \x20       print(type(e).__name__, e.args[0] is s or e.args[0])\n\
                p.register(5)\n\
                try:\n\
                \x20   p.poll(0)\n\
                except TypeError as e:\n\
                \x20   print('TypeError', e)\n";
    let (stdout, stderr, ok) = pyrite_with_input(code, Duration::ZERO, b"");
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "True 3\nTrue []\nTrue\nKeyError True\nFileNotFoundError 2\n\
         TypeError 'int' object cannot be polled (no ioctl or any method)\n"
    );
}
