//! Boots every board in QEMU and drives its console: banner, friendly REPL, raw REPL and
//! raw-paste round trips, soft reset, timeouts. Skips (with a printed reason) without QEMU.

mod common;

use std::time::Duration;

use pyrite_emulation::{launch, Board, EmulationError, LaunchOptions};

/// The stub interpreter answers every run with this exception; the VM answers `print` with
/// output. Either way the protocol must separate output from exception text.
const STUB_MARKER: &str = "NotImplementedError";

fn check_banner(board: Board) {
    let Some(emulator) = common::boot(board) else {
        return;
    };
    let banner = emulator.banner().to_string();
    assert!(
        banner.starts_with("Pyrite ") && banner.contains(&format!(" on {}; heap ", board.name())),
        "{banner}"
    );
    let heap: usize = banner
        .split("heap ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|digits| digits.parse().ok())
        .unwrap_or_else(|| panic!("no heap size in {banner:?}"));
    assert!(heap >= 64 * 1024, "{banner}");
}

#[test]
fn mps2_an385_boots_with_banner() {
    check_banner(Board::Mps2An385);
}

#[test]
fn mps2_an386_boots_with_banner() {
    check_banner(Board::Mps2An386);
}

#[test]
fn stm32f405_boots_in_netduinoplus2_with_banner() {
    check_banner(Board::Stm32f405);
}

/// Output and exception text come back separately, through raw-paste and plain raw mode.
fn raw_round_trips(board: Board) {
    common::with_raw_repl(board, |repl| {
        let output = common::exec_on(repl, board, b"print('hello from', 6 * 7)\n");
        assert_eq!(
            repl.uses_raw_paste(),
            Some(true),
            "the device supports raw-paste"
        );
        let stub = output.exception_text().contains(STUB_MARKER);
        if stub {
            assert!(output.stdout.is_empty(), "{output:?}");
            assert!(output
                .exception_text()
                .starts_with("Traceback (most recent call last):\n"));
        } else {
            assert_eq!(output.stdout_text(), "hello from 42\n");
            assert!(!output.raised(), "{output:?}");
        }
        // A long script crosses many raw-paste windows (flow control) and must arrive intact;
        // 400 statements (~3.6 KB) also need the compiler's statement-by-statement mode.
        let long: String = (0..400)
            .map(|i| format!("x{} = {i}\n", i % 10))
            .collect::<String>()
            + "print(x9)\n";
        let output = common::exec_on(repl, board, long.as_bytes());
        if !stub {
            assert_eq!(output.stdout_text(), "399\n", "{output:?}");
        }
        // Source whose tree does not fit the heap is a MemoryError (on the smaller heap the
        // source itself may not fit), and the board lives on.
        let huge = format!(
            "data = [{}]\n",
            (0..3000)
                .map(|i| format!("{}", i * 7919))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let output = common::exec_on(repl, board, huge.as_bytes());
        if !stub {
            assert!(
                output.exception_text().starts_with("MemoryError"),
                "{output:?}"
            );
        }
        let output = common::exec_on(repl, board, b"raise ValueError('bad')\n");
        assert!(output.raised(), "{output:?}");
        if !stub {
            assert!(
                output.exception_text().ends_with("ValueError: bad\n"),
                "{output:?}"
            );
        }
        // Plain raw REPL (no raw-paste), then a soft reset, then another run.
        repl.disable_raw_paste();
        let output = common::exec_on(repl, board, b"print(1 + 1)\n");
        assert_eq!(output.stdout.is_empty(), stub, "{output:?}");
        repl.soft_reset().unwrap_or_else(|error| panic!("{error}"));
        let output = common::exec_on(repl, board, b"print(3)\n");
        if !stub {
            assert_eq!(output.stdout_text(), "3\n");
        }
    });
}

#[test]
fn mps2_an385_raw_repl_round_trips() {
    raw_round_trips(Board::Mps2An385);
}

#[test]
fn stm32f405_raw_repl_round_trips() {
    raw_round_trips(Board::Stm32f405);
}

#[test]
fn friendly_repl_echoes_edits_and_soft_resets() {
    let Some(mut emulator) = common::boot(Board::Mps2An385) else {
        return;
    };
    let console = emulator.console();
    // Type `1+2`, fix it with left-arrow and backspace into `1+3`... as a person would.
    console.write_all(b"1+2\x1b[D\x1b[C\x7f3\r").unwrap();
    let echoed = console
        .read_until(b">>> ", Duration::from_secs(10), "the next prompt")
        .unwrap();
    let echoed = String::from_utf8_lossy(&echoed);
    assert!(echoed.starts_with("1+2"), "{echoed:?}");
    // Ctrl-C clears a line; nothing runs.
    console.write_all(b"junk\x03").unwrap();
    console
        .read_until(
            b"junk\r\n>>> ",
            Duration::from_secs(10),
            "a fresh prompt after Ctrl-C",
        )
        .unwrap();
    // Paste mode shows its prompts.
    console.write_all(b"\x05").unwrap();
    console
        .read_until(
            b"paste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
            Duration::from_secs(10),
            "the paste-mode prompt",
        )
        .unwrap();
    console.write_all(b"\x03").unwrap();
    console
        .read_until(
            b">>> ",
            Duration::from_secs(10),
            "the prompt after cancelling paste mode",
        )
        .unwrap();
    // Ctrl-D on an empty line: soft reboot, banner again.
    console.write_all(b"\x04").unwrap();
    console
        .read_until(
            b"MPY: soft reboot\r\nPyrite ",
            Duration::from_secs(10),
            "soft reboot and banner",
        )
        .unwrap();
    console
        .read_until(
            b">>> ",
            Duration::from_secs(10),
            "the prompt after the banner",
        )
        .unwrap();
}

#[test]
fn input_at_the_friendly_repl_takes_crlf_line_ends() {
    let Some(mut emulator) = common::boot(Board::Mps2An385) else {
        return;
    };
    let console = emulator.console();
    // A terminal sending `\r\n` for Enter: the `\n` after the REPL's line is not `input()`'s
    // (empty) line, nor is the one after the line `input()` reads the REPL's next line.
    console.write_all(b"x = input('? ')\r\n").unwrap();
    console
        .read_until(b"? ", Duration::from_secs(10), "input()'s prompt")
        .unwrap();
    console.write_all(b"hello\r\n").unwrap();
    console
        .read_until(b">>> ", Duration::from_secs(10), "the prompt after input()")
        .unwrap();
    console.write_all(b"print(repr(x))\r\n").unwrap();
    let shown = console
        .read_until(b">>> ", Duration::from_secs(10), "x printed")
        .unwrap();
    let shown = String::from_utf8_lossy(&shown);
    assert!(shown.contains("'hello'"), "{shown:?}");
}

#[test]
fn tab_completes_module_attributes_at_the_friendly_repl() {
    let Some(mut emulator) = common::boot(Board::Mps2An385) else {
        return;
    };
    let console = emulator.console();
    console.write_all(b"import machine\r").unwrap();
    console
        .read_until(b">>> ", Duration::from_secs(10), "the prompt after import")
        .unwrap();
    // One attribute completes the rest: `machine.Pi` + Tab is `machine.Pin`.
    console.write_all(b"machine.Pi\t.__name__\r").unwrap();
    let shown = console
        .read_until(
            b">>> ",
            Duration::from_secs(10),
            "the completed line's result",
        )
        .unwrap();
    let shown = String::from_utf8_lossy(&shown);
    assert!(shown.contains("machine.Pin.__name__\r\n'Pin'"), "{shown:?}");
    // Several: Tab lists them under the line, then draws the line again.
    console.write_all(b"machine.mem\t").unwrap();
    let listed = console
        .read_until(
            b">>> machine.mem",
            Duration::from_secs(10),
            "the listed names",
        )
        .unwrap();
    let listed = String::from_utf8_lossy(&listed);
    assert!(
        listed.contains("mem16           mem32           mem8"),
        "{listed:?}"
    );
    console.write_all(b"\x03").unwrap();
}

#[test]
fn timeouts_name_the_board_the_wait_and_the_last_bytes() {
    let Some(mut emulator) = common::boot(Board::Mps2An385) else {
        return;
    };
    let error = emulator
        .console()
        .read_until(
            b"never printed",
            Duration::from_millis(300),
            "a pattern that never comes",
        )
        .unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, EmulationError::Timeout { .. }), "{message}");
    assert!(message.contains("qemu-mps2-an385"), "{message}");
    assert!(message.contains("a pattern that never comes"), "{message}");
    assert!(message.contains(">>> "), "last bytes are shown: {message}");
}

/// The Renode backend runs only where `renode` is installed; elsewhere it says why.
#[test]
fn renode_backend_boots_or_explains_why_not() {
    let options = LaunchOptions {
        backend: pyrite_emulation::Backend::Renode,
        ..LaunchOptions::default()
    };
    match pyrite_emulation::renode_available() {
        Err(reason) => {
            eprintln!("skipped: {reason}");
            let image = Board::Stm32f405.image(pyrite_emulation::BuildProfile::Release);
            let error = launch(Board::Stm32f405, &image, &options)
                .err()
                .map(|error| error.to_string())
                .unwrap_or_default();
            assert!(error.contains("renode"), "{error}");
        }
        Ok(()) => {
            let Some(image) = common::image(Board::Stm32f405) else {
                return;
            };
            let emulator = launch(Board::Stm32f405, &image, &options)
                .unwrap_or_else(|error| panic!("{error}"));
            assert!(emulator.banner().contains("stm32f405"));
        }
    }
}
