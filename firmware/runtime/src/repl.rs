//! The board REPL: MicroPython's console protocol, byte for byte.
//!
//! Every UART port runs this loop after boot, so `mpremote` and `pyboard.py` work unchanged:
//!
//! * the friendly REPL: `>>> ` / `... ` prompts, line editing (backspace, delete, arrows,
//!   home/end, history), auto-indent after a line ending in `:`, Ctrl-C clears the line,
//!   Ctrl-D on an empty line soft-resets, Ctrl-E paste mode, Ctrl-A raw REPL, Ctrl-B banner;
//! * the raw REPL: `raw REPL; CTRL-B to exit\r\n>`, code, Ctrl-D, then `OK`, output, `\x04`,
//!   exception text, `\x04`, `>`; Ctrl-D on an empty command soft-resets;
//! * raw-paste mode inside the raw REPL: `\x05A\x01` → `R\x01`, window size (u16 LE), `\x01`,
//!   then one `\x01` grant per window of bytes consumed, `\x04` to end.
//!
//! The REPL writes its own bytes with `console_write_raw` (already `\r\n`); Python's output
//! goes through `console_write`, which UART ports cook (`\n` → `\r\n`).

use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::Mode;
use crate::interpreter::{Interpreter, Outcome};
use crate::port::{self, Port};

const CTRL_A: u8 = 0x01;
const CTRL_B: u8 = 0x02;
const CTRL_C: u8 = 0x03;
const CTRL_D: u8 = 0x04;
const CTRL_E: u8 = 0x05;
const CTRL_F: u8 = 0x06;
const BACKSPACE: u8 = 0x08;
const TAB: u8 = 0x09;
const ESCAPE: u8 = 0x1b;
const DELETE: u8 = 0x7f;

/// Bytes the device accepts per raw-paste window; two windows are granted at the start, so a
/// port's receive buffer must hold at least twice this.
pub const RAW_PASTE_WINDOW: u16 = 128;

/// The raw REPL's greeting (pyboard.py waits for it, with and without the `>`).
pub const RAW_REPL_HEADER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";

/// Printed before a soft reset (pyboard.py and mpremote wait for `soft reboot\r\n`).
pub const SOFT_REBOOT: &[u8] = b"MPY: soft reboot\r\n";

/// The file name of code typed at the REPL, as in tracebacks.
pub const STDIN_NAME: &str = "<stdin>";

/// Lines kept for up/down history.
const HISTORY_LINES: usize = 8;

/// What the REPL needs from an interpreter: running source and the console. `Interpreter`
/// implements it; the unit tests use a scripted fake.
pub trait Session {
    /// Runs `source` (see `Interpreter::exec`).
    fn exec(&mut self, source: &str, filename: &str, mode: Mode) -> Outcome;
    /// Runs a whole script, freeing its text once compiled (see `Interpreter::exec_owned`).
    fn exec_owned(&mut self, source: String, filename: &str) -> Outcome {
        self.exec(&source, filename, Mode::Exec)
    }
    /// The console.
    fn port(&mut self) -> &mut dyn Port;
    /// Heap size shown in the banner.
    fn heap_total(&self) -> usize;
    /// Runs interrupt callbacks that fired while the REPL waits for input.
    fn run_callbacks(&mut self) {}
    /// The names that complete `expression` (Tab; see `Interpreter::completions`).
    fn completions(&mut self, _expression: &str) -> Vec<String> {
        Vec::new()
    }
}

impl Session for Interpreter {
    fn exec(&mut self, source: &str, filename: &str, mode: Mode) -> Outcome {
        Interpreter::exec(self, source, filename, mode)
    }

    fn exec_owned(&mut self, source: String, filename: &str) -> Outcome {
        Interpreter::exec_owned(self, source, filename)
    }

    fn port(&mut self) -> &mut dyn Port {
        Interpreter::port(self)
    }

    fn heap_total(&self) -> usize {
        self.mem_info().total
    }

    fn run_callbacks(&mut self) {
        Interpreter::run_callbacks(self);
    }

    fn completions(&mut self, expression: &str) -> Vec<String> {
        Interpreter::completions(self, expression)
    }
}

/// Why `Repl::run` returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplExit {
    /// Ctrl-D (or `sys.exit()`): the caller soft-resets the interpreter (and, in the friendly
    /// REPL, runs `main.py` again), then calls `run` again.
    SoftReset,
    /// The console has no more input (host pipes; never on a board).
    ConsoleClosed,
}

/// Which REPL the console is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplMode {
    /// The human one: prompts, echo, line editing.
    Friendly,
    /// The machine one: no echo, `OK` / `\x04` framing.
    Raw,
}

/// The banner: `Pyrite <version> on <board>; heap <N> bytes`.
pub fn banner(board: &str, heap_bytes: usize) -> String {
    format!(
        "Pyrite {} on {}; heap {} bytes\r\nType Ctrl-A for the raw REPL, Ctrl-D to soft reset.\r\n",
        crate::VERSION,
        board,
        heap_bytes
    )
}

/// The REPL's state that outlives one `run`: mode and history survive a soft reset.
pub struct Repl {
    mode: ReplMode,
    history: VecDeque<String>,
    /// The last byte read was `\r`, so a following `\n` is part of the same line end.
    after_carriage_return: bool,
    /// Print the banner when `run` starts in the friendly REPL (after a soft reset; the port
    /// prints it itself at power-on).
    banner_on_entry: bool,
}

/// How reading a line ended.
enum LineEnd {
    Line(String),
    CtrlA,
    CtrlB,
    CtrlC,
    CtrlD,
    CtrlE,
    Closed,
}

/// What a REPL mode hands back to `run`.
enum Step {
    SwitchMode,
    Exit(ReplExit),
}

impl Default for Repl {
    fn default() -> Self {
        Self::new()
    }
}

impl Repl {
    /// A friendly REPL; the port has already printed the banner.
    pub fn new() -> Self {
        Repl {
            mode: ReplMode::Friendly,
            history: VecDeque::new(),
            after_carriage_return: false,
            banner_on_entry: false,
        }
    }

    /// The mode the console is in (the boot sequence runs `main.py` only in the friendly one).
    pub fn mode(&self) -> ReplMode {
        self.mode
    }

    /// Runs the REPL until a soft reset is asked for or the console closes.
    pub fn run(&mut self, session: &mut dyn Session) -> ReplExit {
        let reason = loop {
            let step = match self.mode {
                ReplMode::Friendly => self.friendly(session),
                ReplMode::Raw => self.raw(session),
            };
            match step {
                Step::SwitchMode => continue,
                Step::Exit(reason) => break reason,
            }
        };
        if reason == ReplExit::SoftReset {
            session.port().console_write_raw(SOFT_REBOOT);
            self.banner_on_entry = true;
        }
        reason
    }

    fn print_banner(session: &mut dyn Session) {
        let heap = session.heap_total();
        let port = session.port();
        let text = banner(port.board_name(), heap);
        port.console_write_raw(text.as_bytes());
    }

    // ----- friendly REPL -------------------------------------------------------------------

    fn friendly(&mut self, session: &mut dyn Session) -> Step {
        if self.banner_on_entry {
            Self::print_banner(session);
            self.banner_on_entry = false;
        }
        'statement: loop {
            let first = match self.read_line(session, b">>> ", 0) {
                LineEnd::Line(line) => line,
                LineEnd::Closed => return Step::Exit(ReplExit::ConsoleClosed),
                LineEnd::CtrlA => {
                    session.port().console_write_raw(b"\r\n");
                    self.mode = ReplMode::Raw;
                    return Step::SwitchMode;
                }
                LineEnd::CtrlB => {
                    session.port().console_write_raw(b"\r\n");
                    Self::print_banner(session);
                    continue;
                }
                LineEnd::CtrlC => continue,
                LineEnd::CtrlD => {
                    session.port().console_write_raw(b"\r\n");
                    return Step::Exit(ReplExit::SoftReset);
                }
                LineEnd::CtrlE => match self.paste_mode(session) {
                    Some(exit) => return Step::Exit(exit),
                    None => continue,
                },
            };
            if first.trim().is_empty() {
                continue;
            }
            let mut source = first;
            source.push('\n');
            let mut last_blank = false;
            loop {
                // A compound statement needs a blank line to end (as in CPython's REPL);
                // anything else runs as soon as it is complete.
                let needs_block = source.lines().any(|line| line.trim_end().ends_with(':'));
                if !needs_block || last_blank {
                    match run_friendly(session, &source, Mode::Single) {
                        Some(Outcome::Incomplete) => {}
                        Some(_) => continue 'statement,
                        None => return Step::Exit(ReplExit::SoftReset),
                    }
                }
                let indent = next_indent(&source);
                match self.read_line(session, b"... ", indent) {
                    LineEnd::Line(line) => {
                        last_blank = line.trim().is_empty();
                        source.push_str(&line);
                        source.push('\n');
                    }
                    LineEnd::CtrlD => last_blank = true,
                    LineEnd::CtrlC => continue 'statement,
                    LineEnd::Closed => return Step::Exit(ReplExit::ConsoleClosed),
                    LineEnd::CtrlA | LineEnd::CtrlB | LineEnd::CtrlE => {}
                }
            }
        }
    }

    /// Ctrl-E: echo and collect everything until Ctrl-D, then run it as a file.
    fn paste_mode(&mut self, session: &mut dyn Session) -> Option<ReplExit> {
        session
            .port()
            .console_write_raw(b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
        let mut text: Vec<u8> = Vec::new();
        let mut overflow = false;
        loop {
            let Some(byte) = self.read_byte(session) else {
                return Some(ReplExit::ConsoleClosed);
            };
            match byte {
                CTRL_C => {
                    session.port().console_write_raw(b"\r\n");
                    return None;
                }
                CTRL_D => {
                    session.port().console_write_raw(b"\r\n");
                    break;
                }
                b'\n' if self.after_carriage_return => {}
                b'\r' | b'\n' => {
                    session.port().console_write_raw(b"\r\n=== ");
                    overflow |= !push_byte(&mut text, b'\n');
                }
                _ => {
                    session.port().console_write_raw(&[byte]);
                    overflow |= !push_byte(&mut text, byte);
                }
            }
            self.after_carriage_return = byte == b'\r';
        }
        if overflow {
            write_cooked(session.port(), "MemoryError: pasted text too large\n");
            return None;
        }
        let source = match String::from_utf8(text) {
            Ok(source) => source,
            Err(_) => {
                write_cooked(session.port(), "SyntaxError: source is not valid UTF-8\n");
                return None;
            }
        };
        match run_friendly(session, &source, Mode::Exec) {
            None => Some(ReplExit::SoftReset),
            Some(_) => None,
        }
    }

    fn read_byte(&mut self, session: &mut dyn Session) -> Option<u8> {
        // Timer callbacks keep running at the prompt, as on MicroPython.
        while !session.port().console_ready() {
            if port::attention_pending() {
                session.run_callbacks();
            } else {
                session.port().idle();
            }
        }
        session.port().console_read()
    }

    /// Reads one line with editing. `indent` spaces are pre-typed (auto-indent).
    fn read_line(&mut self, session: &mut dyn Session, prompt: &[u8], indent: usize) -> LineEnd {
        let mut editor = LineEditor::new(indent);
        let mut history_index: Option<usize> = None;
        let mut saved = Vec::new();
        {
            let port = session.port();
            port.console_write_raw(prompt);
            port.console_write_raw(&editor.text);
        }
        loop {
            let Some(byte) = self.read_byte(session) else {
                return LineEnd::Closed;
            };
            let was_after_carriage_return = self.after_carriage_return;
            self.after_carriage_return = byte == b'\r';
            let empty = editor.text.is_empty();
            let output = match byte {
                b'\r' | b'\n' => {
                    if byte == b'\n' && was_after_carriage_return {
                        continue;
                    }
                    // So that `input()` in this line's code skips the `\n` of a `\r\n`.
                    crate::port::CONSOLE_LINE_ENDED_AT_CR
                        .store(byte == b'\r', core::sync::atomic::Ordering::Relaxed);
                    session.port().console_write_raw(b"\r\n");
                    let line = String::from_utf8_lossy(&editor.text).into_owned();
                    self.remember(&line);
                    return LineEnd::Line(line);
                }
                CTRL_C => {
                    session.port().console_write_raw(b"\r\n");
                    return LineEnd::CtrlC;
                }
                CTRL_A if empty => return LineEnd::CtrlA,
                CTRL_B if empty => return LineEnd::CtrlB,
                CTRL_E if empty => return LineEnd::CtrlE,
                CTRL_D if editor.text.iter().all(|&c| c == b' ') => return LineEnd::CtrlD,
                CTRL_A => editor.home(),
                CTRL_E => editor.end(),
                CTRL_B => editor.left(),
                CTRL_F => editor.right(),
                CTRL_D => editor.delete(),
                BACKSPACE | DELETE => editor.backspace(),
                TAB => self.complete(session, prompt, &mut editor),
                ESCAPE => match self.read_escape(session) {
                    Some(Key::Left) => editor.left(),
                    Some(Key::Right) => editor.right(),
                    Some(Key::Home) => editor.home(),
                    Some(Key::End) => editor.end(),
                    Some(Key::Delete) => editor.delete(),
                    Some(Key::Up) => {
                        let next = history_index.map_or(0, |index| index + 1);
                        if next < self.history.len() {
                            if history_index.is_none() {
                                saved = editor.text.clone();
                            }
                            history_index = Some(next);
                            let entry = self.history[self.history.len() - 1 - next].clone();
                            editor.replace(entry.as_bytes())
                        } else {
                            Vec::new()
                        }
                    }
                    Some(Key::Down) => match history_index {
                        Some(0) => {
                            history_index = None;
                            editor.replace(&core::mem::take(&mut saved))
                        }
                        Some(index) => {
                            history_index = Some(index - 1);
                            let entry = self.history[self.history.len() - index].clone();
                            editor.replace(entry.as_bytes())
                        }
                        None => Vec::new(),
                    },
                    None => Vec::new(),
                },
                byte if byte >= 0x20 => editor.insert(&[byte]),
                _ => Vec::new(),
            };
            if !output.is_empty() {
                session.port().console_write_raw(&output);
            }
        }
    }

    /// Tab, as MicroPython's REPL: after blanks (or nothing) an indent; after a name or
    /// dotted name, the rest of it when one name completes it, else as much as all the names
    /// that complete it share, else those names listed under the line, which is drawn again.
    fn complete(
        &mut self,
        session: &mut dyn Session,
        prompt: &[u8],
        editor: &mut LineEditor,
    ) -> Vec<u8> {
        let before = &editor.text[..editor.cursor];
        let start = before
            .iter()
            .rposition(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80))
            .map_or(0, |position| position + 1);
        if start == editor.cursor {
            return match before.iter().all(|&c| c == b' ') {
                true => editor.insert(b"    "),
                false => Vec::new(),
            };
        }
        let expression = String::from_utf8_lossy(&before[start..]).into_owned();
        let partial = expression.rsplit('.').next().unwrap_or("").len();
        let names = session.completions(&expression);
        let Some(first) = names.first() else {
            return Vec::new();
        };
        let shared = names.iter().fold(first.len(), |shared, name| {
            shared.min(
                first
                    .bytes()
                    .zip(name.bytes())
                    .take_while(|(a, b)| a == b)
                    .count(),
            )
        });
        if shared > partial {
            let rest = first.as_bytes()[partial..shared].to_vec();
            return editor.insert(&rest);
        }
        if names.len() == 1 {
            return Vec::new();
        }
        // The names in columns 16 wide, at most 80 to a line (MicroPython's layout).
        let mut output = Vec::from(&b"\r\n"[..]);
        let mut column = 0;
        for name in &names {
            let width = (name.len() / 16 + 1) * 16;
            if column > 0 && column + width > 80 {
                output.extend_from_slice(b"\r\n");
                column = 0;
            }
            output.extend_from_slice(name.as_bytes());
            output.resize(output.len() + width - name.len(), b' ');
            column += width;
        }
        output.extend_from_slice(b"\r\n");
        output.extend_from_slice(prompt);
        output.extend_from_slice(&editor.text);
        output.extend_from_slice(&move_left(editor.text.len() - editor.cursor));
        output
    }

    /// Reads the rest of an escape sequence (`ESC [ …` or `ESC O …`).
    fn read_escape(&mut self, session: &mut dyn Session) -> Option<Key> {
        let introducer = self.read_byte(session)?;
        if introducer != b'[' && introducer != b'O' {
            return None;
        }
        let mut parameter: u32 = 0;
        loop {
            let byte = self.read_byte(session)?;
            match byte {
                b'0'..=b'9' => {
                    parameter = parameter
                        .saturating_mul(10)
                        .saturating_add(u32::from(byte - b'0'))
                }
                b';' => {}
                b'A' => return Some(Key::Up),
                b'B' => return Some(Key::Down),
                b'C' => return Some(Key::Right),
                b'D' => return Some(Key::Left),
                b'H' => return Some(Key::Home),
                b'F' => return Some(Key::End),
                b'~' => {
                    return match parameter {
                        1 | 7 => Some(Key::Home),
                        4 | 8 => Some(Key::End),
                        3 => Some(Key::Delete),
                        _ => None,
                    }
                }
                _ => return None,
            }
        }
    }

    fn remember(&mut self, line: &str) {
        if line.trim().is_empty() || self.history.back().is_some_and(|last| last == line) {
            return;
        }
        if self.history.len() == HISTORY_LINES {
            self.history.pop_front();
        }
        self.history.push_back(String::from(line));
    }

    // ----- raw REPL ------------------------------------------------------------------------

    fn raw(&mut self, session: &mut dyn Session) -> Step {
        'reset: loop {
            session.port().console_write_raw(RAW_REPL_HEADER);
            'command: loop {
                session.port().console_write_raw(b">");
                let mut command: Vec<u8> = Vec::new();
                let mut overflow = false;
                loop {
                    let Some(byte) = self.read_byte(session) else {
                        return Step::Exit(ReplExit::ConsoleClosed);
                    };
                    match byte {
                        CTRL_A if command == [CTRL_E, b'A'] => match raw_paste(session) {
                            RawPaste::Done => continue 'command,
                            RawPaste::SoftReset => return Step::Exit(ReplExit::SoftReset),
                            RawPaste::Closed => return Step::Exit(ReplExit::ConsoleClosed),
                        },
                        CTRL_A => continue 'reset,
                        CTRL_B => {
                            session.port().console_write_raw(b"\r\n");
                            self.mode = ReplMode::Friendly;
                            Self::print_banner(session);
                            return Step::SwitchMode;
                        }
                        CTRL_C => {
                            command.clear();
                            overflow = false;
                        }
                        CTRL_D => break,
                        _ => overflow |= !push_byte(&mut command, byte),
                    }
                }
                session.port().console_write_raw(b"OK");
                if command.is_empty() {
                    session.port().console_write_raw(b"\r\n");
                    return Step::Exit(ReplExit::SoftReset);
                }
                if overflow {
                    raw_error(session.port(), "MemoryError: command too large\n");
                    continue;
                }
                if !run_raw(session, command) {
                    return Step::Exit(ReplExit::SoftReset);
                }
            }
        }
    }
}

/// How raw-paste mode ended.
enum RawPaste {
    Done,
    SoftReset,
    Closed,
}

/// Raw-paste mode: the host has sent `\x05A\x01`.
fn raw_paste(session: &mut dyn Session) -> RawPaste {
    let window = RAW_PASTE_WINDOW;
    let [low, high] = window.to_le_bytes();
    // `R\x01`: supported; the window size; then `\x01` grants a second window at once.
    session
        .port()
        .console_write_raw(&[b'R', 0x01, low, high, 0x01]);
    let mut source: Vec<u8> = Vec::new();
    let mut since_grant: u16 = 0;
    let mut failure: Option<&str> = None;
    loop {
        let Some(byte) = session.port().console_read() else {
            return RawPaste::Closed;
        };
        match byte {
            CTRL_D => {
                // Acknowledges the end of the data.
                session.port().console_write_raw(&[CTRL_D]);
                break;
            }
            CTRL_C => failure = Some("KeyboardInterrupt\n"),
            _ => {
                if !push_byte(&mut source, byte) {
                    failure = Some("MemoryError: raw-paste source too large\n");
                }
                since_grant += 1;
                if since_grant == window {
                    since_grant = 0;
                    session.port().console_write_raw(&[0x01]);
                }
            }
        }
        if let Some(message) = failure {
            // Abrupt end: the host answers `\x04` and stops sending; skip what is in flight.
            session.port().console_write_raw(&[CTRL_D]);
            loop {
                match session.port().console_read() {
                    Some(CTRL_D) => break,
                    Some(_) => {}
                    None => return RawPaste::Closed,
                }
            }
            raw_error(session.port(), message);
            return RawPaste::Done;
        }
    }
    // Received in doubling steps: give the slack back before compiling.
    source.shrink_to_fit();
    if run_raw(session, source) {
        RawPaste::Done
    } else {
        RawPaste::SoftReset
    }
}

/// Runs a raw-REPL command and frames its result: output, `\x04`, exception text, `\x04`.
/// Returns false when the code asked for a soft reset (`sys.exit()`).
fn run_raw(session: &mut dyn Session, command: Vec<u8>) -> bool {
    let source = match String::from_utf8(command) {
        Ok(source) => source,
        Err(_) => {
            raw_error(session.port(), "SyntaxError: source is not valid UTF-8\n");
            return true;
        }
    };
    let outcome = armed(|| session.exec_owned(source, STDIN_NAME));
    let port = session.port();
    port.console_write_raw(&[CTRL_D]);
    if let Outcome::Exception(text) = &outcome {
        write_cooked(port, text);
    }
    port.console_write_raw(&[CTRL_D]);
    !matches!(outcome, Outcome::Exit(_))
}

/// A raw-REPL result for an error found before any code ran.
fn raw_error(port: &mut dyn Port, message: &str) {
    port.console_write_raw(&[CTRL_D]);
    write_cooked(port, message);
    port.console_write_raw(&[CTRL_D]);
}

/// Runs friendly-REPL input and prints its exception. `None`: soft reset (`sys.exit()`).
fn run_friendly(session: &mut dyn Session, source: &str, mode: Mode) -> Option<Outcome> {
    let outcome = armed(|| session.exec(source, STDIN_NAME, mode));
    match outcome {
        Outcome::Exception(ref text) => write_cooked(session.port(), text),
        Outcome::Exit(_) => return None,
        Outcome::Completed | Outcome::Incomplete => {}
    }
    Some(outcome)
}

/// Runs code with Ctrl-C armed as the interrupt byte.
fn armed(run: impl FnOnce() -> Outcome) -> Outcome {
    // A Ctrl-C that arrived while nothing ran must not interrupt this code.
    port::take_interrupt();
    port::set_interrupt_char(Some(CTRL_C));
    let outcome = run();
    port::set_interrupt_char(None);
    outcome
}

/// Writes text with every `\n` as `\r\n`.
fn write_cooked(port: &mut dyn Port, text: &str) {
    for (index, piece) in text.split('\n').enumerate() {
        if index > 0 {
            port.console_write_raw(b"\r\n");
        }
        port.console_write_raw(piece.as_bytes());
    }
}

/// Appends a byte unless the allocator is out of memory (the console must never panic).
fn push_byte(buffer: &mut Vec<u8>, byte: u8) -> bool {
    if buffer.len() == buffer.capacity() && buffer.try_reserve(buffer.len().max(32)).is_err() {
        return false;
    }
    buffer.push(byte);
    true
}

/// The indent of the next continuation line: the last line's, one level deeper after `:`.
fn next_indent(source: &str) -> usize {
    let Some(last) = source.lines().rev().find(|line| !line.trim().is_empty()) else {
        return 0;
    };
    let indent = last.len() - last.trim_start_matches(' ').len();
    let last_typed = source.lines().last().unwrap_or("");
    if last_typed.trim().is_empty() && !last_typed.is_empty() {
        // The user ended a block with a blank indented line: keep its indent.
        return last_typed.len();
    }
    if last.trim_end().ends_with(':') {
        indent + 4
    } else {
        indent
    }
}

/// Keys that arrive as escape sequences.
enum Key {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    Delete,
}

/// The line being edited and the cursor; each edit returns the bytes that redraw it.
struct LineEditor {
    text: Vec<u8>,
    cursor: usize,
}

impl LineEditor {
    fn new(indent: usize) -> Self {
        let text = alloc::vec![b' '; indent];
        LineEditor {
            cursor: text.len(),
            text,
        }
    }

    fn insert(&mut self, bytes: &[u8]) -> Vec<u8> {
        if try_splice(&mut self.text, self.cursor, bytes).is_none() {
            return Vec::new();
        }
        let mut output = bytes.to_vec();
        self.cursor += bytes.len();
        let tail = &self.text[self.cursor..];
        if !tail.is_empty() {
            output.extend_from_slice(tail);
            output.extend_from_slice(&move_left(tail.len()));
        }
        output
    }

    fn backspace(&mut self) -> Vec<u8> {
        if self.cursor == 0 {
            return Vec::new();
        }
        // At the indent, backspace removes one whole level.
        let before = &self.text[..self.cursor];
        let count = if before.iter().all(|&c| c == b' ') && self.cursor >= 4 {
            match self.cursor % 4 {
                0 => 4,
                partial => partial,
            }
        } else {
            1
        };
        self.cursor -= count;
        self.text.drain(self.cursor..self.cursor + count);
        let mut output = move_left(count);
        output.extend_from_slice(&self.text[self.cursor..]);
        output.extend_from_slice(b"\x1b[K");
        output.extend_from_slice(&move_left(self.text.len() - self.cursor));
        output
    }

    fn delete(&mut self) -> Vec<u8> {
        if self.cursor == self.text.len() {
            return Vec::new();
        }
        self.text.remove(self.cursor);
        let mut output = self.text[self.cursor..].to_vec();
        output.extend_from_slice(b"\x1b[K");
        output.extend_from_slice(&move_left(self.text.len() - self.cursor));
        output
    }

    fn left(&mut self) -> Vec<u8> {
        if self.cursor == 0 {
            return Vec::new();
        }
        self.cursor -= 1;
        move_left(1)
    }

    fn right(&mut self) -> Vec<u8> {
        if self.cursor == self.text.len() {
            return Vec::new();
        }
        self.cursor += 1;
        move_right(1)
    }

    fn home(&mut self) -> Vec<u8> {
        let output = move_left(self.cursor);
        self.cursor = 0;
        output
    }

    fn end(&mut self) -> Vec<u8> {
        let output = move_right(self.text.len() - self.cursor);
        self.cursor = self.text.len();
        output
    }

    /// Replaces the whole line (history recall).
    fn replace(&mut self, text: &[u8]) -> Vec<u8> {
        let mut output = move_left(self.cursor);
        self.text.clear();
        self.text.extend_from_slice(text);
        self.cursor = self.text.len();
        output.extend_from_slice(text);
        output.extend_from_slice(b"\x1b[K");
        output
    }
}

/// Inserts `bytes` at `at` unless memory is short.
fn try_splice(text: &mut Vec<u8>, at: usize, bytes: &[u8]) -> Option<()> {
    text.try_reserve(bytes.len()).ok()?;
    text.splice(at..at, bytes.iter().copied());
    Some(())
}

fn move_left(columns: usize) -> Vec<u8> {
    match columns {
        0 => Vec::new(),
        1 => alloc::vec![BACKSPACE],
        _ => format!("\x1b[{columns}D").into_bytes(),
    }
}

fn move_right(columns: usize) -> Vec<u8> {
    match columns {
        0 => Vec::new(),
        _ => format!("\x1b[{columns}C").into_bytes(),
    }
}

#[cfg(test)]
mod tests;
