//! `mpremote` (MicroPython's own host tool) drives a Pyrite board unchanged: QEMU puts the
//! UART on a pseudo-terminal and mpremote connects to it like to a USB serial port.
//!
//! Runs where `mpremote` is on PATH (or `$PYRITE_MPREMOTE` names it) and QEMU is installed;
//! skips with a printed reason otherwise.

mod common;

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use pyrite_emulation::{on_path, Board};

fn mpremote() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PYRITE_MPREMOTE") {
        return Some(PathBuf::from(path));
    }
    on_path("mpremote").then(|| PathBuf::from("mpremote"))
}

/// Kills QEMU when the test ends.
struct Qemu(std::process::Child);

impl Drop for Qemu {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Boots the board with its UART on a pty; returns QEMU and the pty's path.
fn boot_on_pty(board: Board) -> Option<(Qemu, String)> {
    let image = common::image(board)?;
    let mut child = Command::new("qemu-system-arm")
        .args(["-M", board.qemu_machine(), "-nographic", "-monitor", "none"])
        .args(["-serial", "pty", "-kernel"])
        .arg(&image)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start qemu-system-arm");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let qemu = Qemu(child);
    // QEMU announces "char device redirected to /dev/pts/N (label serial0)" on stdout; read
    // it on a thread so a silent QEMU cannot hang the test.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let mut byte = [0u8; 1];
        while !text.contains("(label") {
            match stdout.read(&mut byte) {
                Ok(1) => text.push(byte[0] as char),
                _ => break,
            }
        }
        let _ = sender.send(text);
    });
    let text = receiver
        .recv_timeout(Duration::from_secs(10))
        .expect("QEMU names its pty within 10 s");
    let pty = text
        .split_whitespace()
        .find(|word| word.starts_with("/dev/pts/"))
        .unwrap_or_else(|| panic!("no pty in QEMU's message: {text:?}"))
        .to_string();
    // Let the firmware print its banner before mpremote talks.
    std::thread::sleep(Duration::from_millis(500));
    Some((qemu, pty))
}

fn run(tool: &PathBuf, pty: &str, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(tool)
        .args(["connect", pty])
        .args(args)
        .output()
        .expect("run mpremote");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n"),
        String::from_utf8_lossy(&output.stderr).replace("\r\n", "\n"),
    )
}

/// mpremote and an an385 board on a pty, or None (with the reason printed) to skip.
fn mpremote_and_board() -> Option<(PathBuf, Qemu, String)> {
    let Some(tool) = mpremote() else {
        eprintln!(
            "skipped: mpremote is not on PATH (pip install mpremote, or set PYRITE_MPREMOTE)"
        );
        return None;
    };
    let (qemu, pty) = boot_on_pty(Board::Mps2An385)?;
    Some((tool, qemu, pty))
}

#[test]
fn mpremote_exec_eval_run_and_soft_reset() {
    let Some((tool, _qemu, pty)) = mpremote_and_board() else {
        return;
    };
    let (ok, stdout, stderr) = run(&tool, &pty, &["exec", "print('via mpremote', 6 * 7)"]);
    assert!(ok, "{stdout}{stderr}");
    assert_eq!(stdout, "via mpremote 42\n");
    let (ok, stdout, _) = run(&tool, &pty, &["eval", "2 ** 100"]);
    assert!(ok);
    assert_eq!(stdout, "1267650600228229401496703205376\n");
    let (ok, stdout, stderr) = run(&tool, &pty, &["exec", "1 / 0"]);
    assert!(!ok, "an exception makes mpremote fail");
    assert!(
        format!("{stdout}{stderr}").contains("ZeroDivisionError"),
        "{stdout}{stderr}"
    );
    let (ok, stdout, stderr) = run(&tool, &pty, &["soft-reset", "exec", "print('after reset')"]);
    assert!(ok, "{stdout}{stderr}");
    assert_eq!(stdout, "after reset\n");
}

/// `mpremote fs` on the board's filesystem: mkdir, cp both ways (to a new name, onto an
/// existing file with and without `-f`), ls, cat, rm, rmdir, and an import of the copied module.
/// mpremote probes the destination with `os.stat` and recognises a missing file only by
/// MicroPython's `OSError: [Errno 2] ENOENT` text, which the raw REPL adds after the CPython
/// traceback.
#[test]
fn mpremote_fs_commands() {
    let Some((tool, _qemu, pty)) = mpremote_and_board() else {
        return;
    };
    let local = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mpremote-m.py");
    std::fs::write(&local, "X = 42\n").unwrap();
    let back = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mpremote-back.py");
    let _ = std::fs::remove_file(&back);
    let local = local.to_str().unwrap();
    let steps: [&[&str]; 5] = [
        &["fs", "mkdir", "lib"],
        &["fs", "cp", local, ":lib/m.py"],
        &["fs", "cp", local, ":lib/m.py"],
        &["fs", "cp", "-f", local, ":lib/m.py"],
        &["fs", "cp", ":lib/m.py", back.to_str().unwrap()],
    ];
    for step in steps {
        let (ok, stdout, stderr) = run(&tool, &pty, step);
        assert!(ok, "{step:?}: {stdout}{stderr}");
    }
    assert_eq!(std::fs::read_to_string(&back).unwrap(), "X = 42\n");
    let (ok, stdout, stderr) = run(&tool, &pty, &["fs", "ls", "lib"]);
    assert!(ok && stdout.contains("7 m.py"), "{stdout}{stderr}");
    let (ok, stdout, _) = run(&tool, &pty, &["fs", "cat", ":lib/m.py"]);
    assert!(ok && stdout.ends_with("X = 42\n"), "{stdout}");
    let (ok, stdout, _) = run(&tool, &pty, &["exec", "import m; print(m.X)"]);
    assert!(ok && stdout == "42\n", "{stdout}");
    for step in [&["fs", "rm", ":lib/m.py"][..], &["fs", "rmdir", ":lib"]] {
        let (ok, stdout, stderr) = run(&tool, &pty, step);
        assert!(ok, "{step:?}: {stdout}{stderr}");
    }
    let (ok, stdout, _) = run(&tool, &pty, &["exec", "import os; print(os.listdir('/'))"]);
    assert!(ok && stdout == "[]\n", "{stdout}");
    let (ok, stdout, stderr) = run(&tool, &pty, &["fs", "cat", ":gone.py"]);
    let both = format!("{stdout}{stderr}").replace("\r\n", "\n");
    assert!(!ok && both.contains("No such file"), "{both}");
}

/// The error text after an uncaught `OSError`: CPython's traceback, then MicroPython's line.
#[test]
fn mpremote_sees_both_error_forms() {
    let Some((tool, _qemu, pty)) = mpremote_and_board() else {
        return;
    };
    let (ok, stdout, stderr) = run(&tool, &pty, &["exec", "open('missing.txt')"]);
    let both = format!("{stdout}{stderr}").replace("\r\n", "\n");
    assert!(!ok, "{both}");
    assert!(
        both.contains(
            "FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'\nOSError: [Errno 2] ENOENT\n"
        ),
        "{both}"
    );
    let (ok, stdout, stderr) = run(&tool, &pty, &["exec", "raise ValueError(2)"]);
    let both = format!("{stdout}{stderr}").replace("\r\n", "\n");
    assert!(!ok && !both.contains("OSError"), "{both}");
}
