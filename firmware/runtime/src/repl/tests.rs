//! REPL state-machine tests: console bytes in, console bytes out, against a scripted session.

use super::*;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::ToString;
use core::cell::RefCell;
use std::sync::Mutex;

/// `port::set_interrupt_char` is global: REPL tests run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// A host that obeys raw-paste flow control: it sends payload bytes only while it holds
/// window credit, which it learns from the device's output.
struct ObedientHost {
    payload: VecDeque<u8>,
    /// Device output seen since `\x05A\x01` was sent, until the header is parsed.
    header: Vec<u8>,
    window: Option<usize>,
    credit: usize,
    grants: usize,
    end_sent: bool,
}

#[derive(Default)]
struct Console {
    input: VecDeque<u8>,
    output: Vec<u8>,
    host: Option<ObedientHost>,
    /// The device asked for a byte the obedient host could not send (flow-control deadlock).
    starved: bool,
}

#[derive(Clone, Default)]
struct FakePort(Rc<RefCell<Console>>);

impl Port for FakePort {
    fn console_write(&mut self, bytes: &[u8]) {
        // Like a UART port: `\n` is sent as `\r\n`.
        for &byte in bytes {
            if byte == b'\n' {
                self.console_write_raw(b"\r");
            }
            self.console_write_raw(&[byte]);
        }
    }

    fn console_write_raw(&mut self, bytes: &[u8]) {
        let mut console = self.0.borrow_mut();
        console.output.extend_from_slice(bytes);
        // The host starts listening once it has sent `\x05A\x01` (all scripted input).
        let listening = console.input.is_empty();
        if let (Some(host), true) = (console.host.as_mut(), listening) {
            if host.end_sent {
                return;
            }
            for &byte in bytes {
                match host.window {
                    None => {
                        host.header.push(byte);
                        if host.header.len() == 4 {
                            assert_eq!(&host.header[..2], b"R\x01", "raw-paste not accepted");
                            let window =
                                usize::from(host.header[2]) | (usize::from(host.header[3]) << 8);
                            host.window = Some(window);
                            host.credit = window;
                        }
                    }
                    Some(window) => {
                        assert_eq!(byte, 0x01, "unexpected byte during raw paste");
                        host.credit += window;
                        host.grants += 1;
                    }
                }
            }
        }
    }

    fn console_read(&mut self) -> Option<u8> {
        let mut console = self.0.borrow_mut();
        if let Some(byte) = console.input.pop_front() {
            return Some(byte);
        }
        let console = &mut *console;
        let host = console.host.as_mut()?;
        if host.end_sent {
            return None;
        }
        if host.payload.is_empty() {
            host.end_sent = true;
            return Some(CTRL_D);
        }
        if host.credit == 0 {
            console.starved = true;
            return None;
        }
        host.credit -= 1;
        host.payload.pop_front()
    }

    fn ticks_ms(&self) -> u64 {
        0
    }

    fn ticks_us(&self) -> u64 {
        0
    }

    fn sleep_us(&mut self, _us: u64) {}

    fn reset(&mut self) -> ! {
        panic!("reset is not expected in REPL tests")
    }

    fn board_name(&self) -> &str {
        "fake-board"
    }
}

/// A session whose `exec` records what it got and answers from a script.
struct FakeSession {
    port: FakePort,
    runs: Vec<(String, Mode)>,
    /// (stdout text, outcome) per exec call; `Completed` without output once it runs out.
    script: VecDeque<(&'static str, Outcome)>,
    armed_during_exec: Vec<Option<u8>>,
    /// What Tab may complete to (dotted names whole; the last part is the completion).
    names: &'static [&'static str],
}

impl FakeSession {
    fn new(input: &[u8]) -> Self {
        let port = FakePort::default();
        port.0.borrow_mut().input.extend(input.iter().copied());
        FakeSession {
            port,
            runs: Vec::new(),
            script: VecDeque::new(),
            armed_during_exec: Vec::new(),
            names: &[],
        }
    }

    fn answer(mut self, stdout: &'static str, outcome: Outcome) -> Self {
        self.script.push_back((stdout, outcome));
        self
    }

    fn output(&self) -> Vec<u8> {
        self.port.0.borrow().output.clone()
    }

    fn output_text(&self) -> String {
        String::from_utf8_lossy(&self.output()).into_owned()
    }

    fn feed(&self, input: &[u8]) {
        self.port.0.borrow_mut().input.extend(input.iter().copied());
    }

    fn sources(&self) -> Vec<&str> {
        self.runs
            .iter()
            .map(|(source, _)| source.as_str())
            .collect()
    }
}

impl Session for FakeSession {
    fn exec(&mut self, source: &str, _filename: &str, mode: Mode) -> Outcome {
        self.runs.push((source.to_string(), mode));
        self.armed_during_exec.push(port::interrupt_char());
        let (stdout, outcome) = self.script.pop_front().unwrap_or(("", Outcome::Completed));
        self.port.console_write(stdout.as_bytes());
        outcome
    }

    fn port(&mut self) -> &mut dyn Port {
        &mut self.port
    }

    fn heap_total(&self) -> usize {
        4096
    }

    fn completions(&mut self, expression: &str) -> Vec<String> {
        let prefix = expression.rsplit_once('.').map_or("", |(path, _)| path);
        self.names
            .iter()
            .filter(|name| name.starts_with(expression))
            .map(|name| name[prefix.len() + usize::from(!prefix.is_empty())..].to_string())
            .collect()
    }
}

fn run(session: &mut FakeSession) -> ReplExit {
    Repl::new().run(session)
}

#[test]
fn friendly_line_is_echoed_and_run_in_single_mode() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"1+1\r").answer("2\n", Outcome::Completed);
    assert_eq!(run(&mut session), ReplExit::ConsoleClosed);
    assert_eq!(session.output_text(), ">>> 1+1\r\n2\r\n>>> ");
    assert_eq!(session.runs, [("1+1\n".to_string(), Mode::Single)]);
    assert_eq!(session.armed_during_exec, [Some(CTRL_C)]);
    assert_eq!(
        port::interrupt_char(),
        None,
        "Ctrl-C stays disarmed at the prompt"
    );
}

#[test]
fn crlf_and_lf_each_end_one_line() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"a\r\nb\n\r\n");
    run(&mut session);
    assert_eq!(session.sources(), ["a\n", "b\n"]);
}

#[test]
fn friendly_exception_is_printed_with_crlf() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let traceback = "Traceback (most recent call last):\n  File \"<stdin>\", line 1\nZeroDivisionError: division by zero\n";
    let mut session =
        FakeSession::new(b"1/0\r").answer("", Outcome::Exception(traceback.to_string()));
    run(&mut session);
    assert_eq!(
        session.output_text(),
        ">>> 1/0\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\nZeroDivisionError: division by zero\r\n>>> "
    );
}

#[test]
fn compound_statement_auto_indents_and_ends_at_blank_line() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"for i in x:\rif i:\rbreak\r\x08print(i)\r\r");
    run(&mut session);
    assert_eq!(
        session.sources(),
        ["for i in x:\n    if i:\n        break\n    print(i)\n    \n"]
    );
    let output = session.output_text();
    assert!(
        output.contains("... ") && output.contains("...         "),
        "{output:?}"
    );
}

#[test]
fn backspace_at_indent_removes_a_level() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // After `if a:` the line starts with 4 spaces; one backspace brings it to column 0.
    let mut session = FakeSession::new(b"if a:\r\x7fb\r\r");
    run(&mut session);
    assert_eq!(session.sources(), ["if a:\nb\n\n"]);
}

#[test]
fn incomplete_input_reads_more_lines() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"x = (1,\r2)\r")
        .answer("", Outcome::Incomplete)
        .answer("", Outcome::Completed);
    run(&mut session);
    assert_eq!(session.sources(), ["x = (1,\n", "x = (1,\n2)\n"]);
    assert!(session.output_text().contains("\r\n... 2)\r\n>>> "));
}

#[test]
fn line_editing_keys() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // abc, left, left, X  → aXbc; home, Y → YaXbc; end, Z → YaXbcZ; left, backspace → YaXbZ;
    // home, delete (ESC [3~) → aXbZ; Ctrl-A/Ctrl-E work as home/end on a non-empty line.
    let input = b"abc\x1b[D\x1b[DX\x1b[HY\x1b[FZ\x1b[D\x08\x1b[H\x1b[3~\x05!\x01>\r";
    let mut session = FakeSession::new(input);
    run(&mut session);
    assert_eq!(session.sources(), [">aXbZ!\n"]);
}

#[test]
fn escape_sequences_with_huge_or_unknown_parameters_are_ignored() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // A parameter past u32 (found by the `repl` fuzz target), an unknown `~` code and an
    // unknown final byte: each sequence is dropped and the line goes on.
    let input = b"a\x1b[1111111111111111111111E\x1b[99999999999~b\x1b[42~\x1b[1;5Zc\r";
    let mut session = FakeSession::new(input);
    run(&mut session);
    assert_eq!(session.sources(), ["abc\n"]);
}

#[test]
fn history_recalls_previous_lines() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session =
        FakeSession::new(b"first\rsecond\r\x1b[A\x1b[A\r\x1b[A\x1b[A\x1b[B\rnew\x1b[A\x1b[B\r");
    run(&mut session);
    assert_eq!(
        session.sources(),
        ["first\n", "second\n", "first\n", "first\n", "new\n"]
    );
}

#[test]
fn ctrl_c_clears_the_line_and_cancels_a_block() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"junk\x03if x:\rpass\x03ok\r");
    run(&mut session);
    assert_eq!(session.sources(), ["ok\n"]);
    assert!(session
        .output_text()
        .starts_with(">>> junk\r\n>>> if x:\r\n...     pass\r\n>>> ok"));
}

#[test]
fn ctrl_d_on_empty_line_soft_resets_and_banner_follows() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x04");
    let mut repl = Repl::new();
    assert_eq!(repl.run(&mut session), ReplExit::SoftReset);
    assert_eq!(session.output_text(), ">>> \r\nMPY: soft reboot\r\n");
    assert_eq!(repl.run(&mut session), ReplExit::ConsoleClosed);
    let expected = alloc::format!(
        ">>> \r\nMPY: soft reboot\r\n{}>>> ",
        banner("fake-board", 4096)
    );
    assert_eq!(session.output_text(), expected);
}

#[test]
fn sys_exit_soft_resets() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"raise SystemExit\r").answer("", Outcome::Exit(0));
    assert_eq!(run(&mut session), ReplExit::SoftReset);
    assert!(session.output_text().ends_with("MPY: soft reboot\r\n"));
}

#[test]
fn paste_mode_runs_the_text_as_a_file() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x05if 1:\r\n    x = 1\rx\x04");
    run(&mut session);
    assert_eq!(
        session.runs,
        [("if 1:\n    x = 1\nx".to_string(), Mode::Exec)]
    );
    assert_eq!(
        session.output_text(),
        ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== if 1:\r\n===     x = 1\r\n=== x\r\n>>> "
    );
}

#[test]
fn paste_mode_ctrl_c_cancels() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x05abc\x03");
    run(&mut session);
    assert!(session.runs.is_empty());
    assert!(session.output_text().ends_with("=== abc\r\n>>> "));
}

#[test]
fn raw_repl_round_trip() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x01print(1)\x04").answer("1\n", Outcome::Completed);
    run(&mut session);
    assert_eq!(
        session.output_text(),
        ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK1\r\n\x04\x04>"
    );
    assert_eq!(session.runs, [("print(1)".to_string(), Mode::Exec)]);
    assert_eq!(session.armed_during_exec, [Some(CTRL_C)]);
}

#[test]
fn raw_repl_exception_goes_after_the_first_eof() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x01print(1)\n1/0\x04").answer(
        "1\n",
        Outcome::Exception(
            "Traceback (most recent call last):\nZeroDivisionError: x\n".to_string(),
        ),
    );
    run(&mut session);
    assert!(session.output_text().ends_with(
        ">OK1\r\n\x04Traceback (most recent call last):\r\nZeroDivisionError: x\r\n\x04>"
    ));
}

#[test]
fn raw_repl_ctrl_c_clears_and_ctrl_a_restarts() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x01junk\x03\r\x01a\x04");
    run(&mut session);
    assert_eq!(session.sources(), ["a"]);
    assert_eq!(
        session.output_text(),
        ">>> \r\nraw REPL; CTRL-B to exit\r\n>raw REPL; CTRL-B to exit\r\n>OK\x04\x04>"
    );
}

#[test]
fn raw_repl_empty_command_soft_resets_and_stays_raw() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x01\x04");
    let mut repl = Repl::new();
    assert_eq!(repl.run(&mut session), ReplExit::SoftReset);
    assert_eq!(repl.mode(), ReplMode::Raw);
    assert_eq!(repl.run(&mut session), ReplExit::ConsoleClosed);
    assert_eq!(
        session.output_text(),
        ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>"
    );
}

#[test]
fn raw_repl_sys_exit_frames_then_soft_resets() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session =
        FakeSession::new(b"\x01import sys; sys.exit(3)\x04").answer("", Outcome::Exit(3));
    assert_eq!(run(&mut session), ReplExit::SoftReset);
    assert!(session
        .output_text()
        .ends_with(">OK\x04\x04MPY: soft reboot\r\n"));
}

#[test]
fn raw_repl_ctrl_b_returns_to_friendly_with_banner() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x01\x02");
    let mut repl = Repl::new();
    repl.run(&mut session);
    assert_eq!(repl.mode(), ReplMode::Friendly);
    let expected = alloc::format!(
        ">>> \r\nraw REPL; CTRL-B to exit\r\n>\r\n{}>>> ",
        banner("fake-board", 4096)
    );
    assert_eq!(session.output_text(), expected);
}

#[test]
fn raw_repl_rejects_invalid_utf8_cleanly() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\x01\xff\xfe\x04");
    run(&mut session);
    assert!(session.runs.is_empty());
    assert!(session
        .output_text()
        .ends_with(">OK\x04SyntaxError: source is not valid UTF-8\r\n\x04>"));
}

/// What pyboard.py's `enter_raw_repl(soft_reset=True)` sends, from the friendly REPL.
#[test]
fn pyboard_enter_raw_repl_sequence() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = FakeSession::new(b"\r\x03\x03\r\x01");
    let mut repl = Repl::new();
    repl.run(&mut session);
    assert!(session
        .output_text()
        .ends_with("raw REPL; CTRL-B to exit\r\n>"));
    session.feed(b"\x04");
    assert_eq!(repl.run(&mut session), ReplExit::SoftReset);
    assert!(session.output_text().ends_with("soft reboot\r\n"));
    repl.run(&mut session);
    assert!(session
        .output_text()
        .ends_with("soft reboot\r\nraw REPL; CTRL-B to exit\r\n>"));
}

fn raw_paste_session(payload: &[u8]) -> FakeSession {
    let session = FakeSession::new(b"\x01\x05A\x01").answer("done\n", Outcome::Completed);
    session.port.0.borrow_mut().host = Some(ObedientHost {
        payload: payload.iter().copied().collect(),
        header: Vec::new(),
        window: None,
        credit: 0,
        grants: 0,
        end_sent: false,
    });
    session
}

#[test]
fn raw_paste_flow_control_delivers_everything() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let payload: Vec<u8> = (0..1000).map(|i| b'a' + (i % 26) as u8).collect();
    let mut session = raw_paste_session(&payload);
    run(&mut session);
    let console = session.port.0.borrow();
    assert!(!console.starved, "device waited for bytes it never granted");
    let host = console.host.as_ref().unwrap();
    let window = usize::from(RAW_PASTE_WINDOW);
    assert_eq!(host.window, Some(window));
    // One grant at the start, then one per window consumed.
    assert_eq!(host.grants, 1 + payload.len() / window);
    drop(console);
    assert_eq!(session.sources(), [core::str::from_utf8(&payload).unwrap()]);
    let output = session.output();
    let header = [
        b'R',
        0x01,
        RAW_PASTE_WINDOW as u8,
        (RAW_PASTE_WINDOW >> 8) as u8,
        0x01,
    ];
    let start = b">>> \r\nraw REPL; CTRL-B to exit\r\n>".len();
    assert_eq!(&output[start..start + 5], &header);
    // No `OK` in raw-paste: the `\x04` ack, output, `\x04`, (no exception), `\x04`, `>`.
    assert!(output.ends_with(b"\x01\x04done\r\n\x04\x04>"), "{output:?}");
}

#[test]
fn raw_paste_short_payload_needs_no_extra_grant() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session = raw_paste_session(b"print('hi')");
    run(&mut session);
    let host_grants = session.port.0.borrow().host.as_ref().unwrap().grants;
    assert_eq!(host_grants, 1);
    assert_eq!(session.sources(), ["print('hi')"]);
    assert!(session.output().ends_with(b"\x01\x04done\r\n\x04\x04>"));
}

#[test]
fn raw_paste_ctrl_c_aborts_with_keyboard_interrupt() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // The host sends some code, Ctrl-C, then acknowledges the device's abort with `\x04`.
    let mut session = FakeSession::new(b"\x01\x05A\x01abc\x03xyz\x04");
    run(&mut session);
    assert!(session.runs.is_empty());
    let output = session.output();
    assert!(
        output.ends_with(b"R\x01\x80\x00\x01\x04\x04KeyboardInterrupt\r\n\x04>"),
        "{output:?}"
    );
}

/// The real interpreter (stub or VM): whatever it answers, the raw REPL frames it.
#[test]
fn raw_repl_frames_the_real_interpreter() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let port = FakePort::default();
    port.0
        .borrow_mut()
        .input
        .extend(b"\x01x = 1\x04".iter().copied());
    let mut interpreter =
        Interpreter::new(Box::new(port.clone()), 64 * 1024, &crate::Library::EMPTY);
    Repl::new().run(&mut interpreter);
    let output = port.0.borrow().output.clone();
    let start = b">>> \r\nraw REPL; CTRL-B to exit\r\n>OK".len();
    assert!(output.starts_with(b">>> \r\nraw REPL; CTRL-B to exit\r\n>OK"));
    let rest = &output[start..];
    assert_eq!(rest.iter().filter(|&&b| b == CTRL_D).count(), 2, "{rest:?}");
    assert!(rest.ends_with(b"\x04>"));
}

/// Tab asks the session which names complete the word before the cursor (MicroPython's REPL;
/// the real list is the library's, `pyrite_stdlib::completion`).
#[test]
fn tab_completes_and_lists_choices() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut session =
        FakeSession::new(b"sensor_r\t\rsen\t\t\x03    \t\x03zzz\t\x03x = machine.P\t\r");
    session.names = &["machine.Pin", "sensor_limit", "sensor_reading"];
    assert_eq!(run(&mut session), ReplExit::ConsoleClosed);
    let output = session.output_text();
    // One name completes the rest, and the line runs.
    assert!(output.contains(">>> sensor_reading\r\n"), "{output:?}");
    // Two: the shared part, then the choices under the line, which is drawn again.
    assert!(
        output.contains(">>> sensor_\r\nsensor_limit    sensor_reading  \r\n>>> sensor_\r\n"),
        "{output:?}"
    );
    // After blanks, an indent; after a word nothing completes, nothing.
    assert!(output.contains(">>>         \r\n>>> zzz\r\n"), "{output:?}");
    // The word is what follows the last character that cannot be in a dotted name.
    assert!(output.contains(">>> x = machine.Pin\r\n"), "{output:?}");
    assert_eq!(session.sources(), ["sensor_reading\n", "x = machine.Pin\n"]);
}
