//! The host side of MicroPython's raw REPL and raw-paste mode (what `pyboard.py` and
//! `mpremote` do), over a [`Console`].
//!
//! Raw REPL: Ctrl-A → `raw REPL; CTRL-B to exit\r\n>`; code, Ctrl-D → `OK`, output, `\x04`,
//! exception text, `\x04`, `>`. Raw-paste: `\x05A\x01` → `R\x01`, window size (u16 LE),
//! then the host sends at most the granted window and waits for `\x01` grants; `\x04` ends the
//! data and the device acknowledges with `\x04` before running it.

use std::time::Duration;

use crate::console::Console;
use crate::error::{escape, EmulationError, Result};

const RAW_HEADER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";

/// What one piece of code printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    /// Its output, with the UART's `\r\n` turned back into `\n`.
    pub stdout: Vec<u8>,
    /// The traceback text if it raised (empty otherwise), `\n` line ends.
    pub exception: Vec<u8>,
    /// The code ended with `SystemExit` (the device soft-reset itself afterwards).
    pub soft_reset: bool,
}

impl RunOutput {
    /// Whether the code raised.
    pub fn raised(&self) -> bool {
        !self.exception.is_empty()
    }

    /// Output as text (lossy).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Exception as text (lossy).
    pub fn exception_text(&self) -> String {
        String::from_utf8_lossy(&self.exception).into_owned()
    }
}

/// A console in the raw REPL.
pub struct RawRepl<'a> {
    console: &'a mut Console,
    /// Unknown (`None`) until the device answered a raw-paste request.
    raw_paste: Option<bool>,
    /// How long one piece of code may run.
    pub run_timeout: Duration,
    /// How long the device may take to answer protocol bytes.
    pub reply_timeout: Duration,
}

impl<'a> RawRepl<'a> {
    /// Interrupts whatever runs and enters the raw REPL (pyboard.py's sequence).
    pub fn enter(console: &'a mut Console) -> Result<RawRepl<'a>> {
        let reply_timeout = Duration::from_secs(10);
        console.write_all(b"\r\x03\x03")?;
        console.drain(Duration::from_millis(50));
        console.write_all(b"\r\x01")?;
        console.read_until(
            &[RAW_HEADER, b">"].concat(),
            reply_timeout,
            "the raw REPL header",
        )?;
        Ok(RawRepl {
            console,
            raw_paste: None,
            run_timeout: Duration::from_secs(60),
            reply_timeout,
        })
    }

    /// Continues with a console already at the raw REPL's `>` prompt (a previous `RawRepl`
    /// left it there); `raw_paste` is what that one learned.
    pub fn resume(console: &'a mut Console, raw_paste: Option<bool>) -> RawRepl<'a> {
        RawRepl {
            console,
            raw_paste,
            run_timeout: Duration::from_secs(60),
            reply_timeout: Duration::from_secs(10),
        }
    }

    /// Whether the device took raw-paste mode (`None` before the first `exec`).
    pub fn uses_raw_paste(&self) -> Option<bool> {
        self.raw_paste
    }

    /// Never use raw-paste mode (to test the plain raw REPL).
    pub fn disable_raw_paste(&mut self) {
        self.raw_paste = Some(false);
    }

    /// Soft reset (Ctrl-D on an empty command): fresh interpreter state, still raw.
    pub fn soft_reset(&mut self) -> Result<()> {
        self.console.write_all(b"\x04")?;
        self.console
            .read_until(b"soft reboot\r\n", self.reply_timeout, "`soft reboot`")?;
        self.console.read_until(
            &[RAW_HEADER, b">"].concat(),
            self.reply_timeout,
            "the raw REPL header after a soft reset",
        )?;
        Ok(())
    }

    /// Runs `code`; returns its output and exception text separately.
    pub fn exec(&mut self, code: &[u8]) -> Result<RunOutput> {
        if self.raw_paste != Some(false) {
            self.console.write_all(b"\x05A\x01")?;
            let answer =
                self.console
                    .read_exact(2, self.reply_timeout, "the raw-paste answer `R…`")?;
            match answer.as_slice() {
                b"R\x01" => {
                    self.raw_paste = Some(true);
                    self.paste(code)?;
                    return self.collect_result();
                }
                b"R\x00" => self.raw_paste = Some(false),
                _ => {
                    // A device that does not know raw-paste took the bytes as a command
                    // and restarted the raw REPL on Ctrl-A.
                    self.console.read_until(
                        &[RAW_HEADER, b">"].concat(),
                        self.reply_timeout,
                        "the raw REPL header (no raw-paste support)",
                    )?;
                    self.raw_paste = Some(false);
                }
            }
        }
        for chunk in code.chunks(256) {
            self.console.write_all(chunk)?;
        }
        self.console.write_all(b"\x04")?;
        let ok = self
            .console
            .read_exact(2, self.reply_timeout, "`OK` after the command")?;
        if ok != b"OK" {
            return Err(self.protocol(format!("expected `OK`, got `{}`", escape(&ok))));
        }
        self.collect_result()
    }

    /// Leaves the raw REPL (Ctrl-B) and waits for the friendly prompt.
    pub fn exit(self) -> Result<()> {
        self.console.write_all(b"\x02")?;
        self.console
            .read_until(b">>> ", self.reply_timeout, "the `>>> ` prompt")?;
        Ok(())
    }

    /// Sends `code` under raw-paste flow control.
    fn paste(&mut self, code: &[u8]) -> Result<()> {
        let header = self
            .console
            .read_exact(2, self.reply_timeout, "the raw-paste window size")?;
        let window = usize::from(u16::from_le_bytes([header[0], header[1]]));
        if window == 0 {
            return Err(self.protocol("raw-paste window size 0".into()));
        }
        let mut credit = window;
        let mut sent = 0;
        while sent < code.len() {
            while credit == 0 || self.console.available() > 0 {
                let byte = self.console.read_exact(
                    1,
                    self.reply_timeout,
                    "a raw-paste window grant `\\x01`",
                )?;
                match byte[0] {
                    0x01 => credit += window,
                    0x04 => {
                        // The device ended the transfer early: acknowledge, then its result
                        // follows as usual.
                        self.console.write_all(b"\x04")?;
                        return Ok(());
                    }
                    other => {
                        return Err(
                            self.protocol(format!("unexpected byte {other:#04x} during raw paste"))
                        )
                    }
                }
            }
            let end = code.len().min(sent + credit);
            self.console.write_all(&code[sent..end])?;
            credit -= end - sent;
            sent = end;
        }
        self.console.write_all(b"\x04")?;
        // Grants may still arrive before the acknowledgement.
        let acknowledged = self.console.read_until(
            b"\x04",
            self.reply_timeout,
            "the end-of-data acknowledgement",
        )?;
        if acknowledged
            .iter()
            .any(|&byte| byte != 0x01 && byte != 0x04)
        {
            return Err(self.protocol(format!(
                "unexpected bytes before the raw-paste acknowledgement: `{}`",
                escape(&acknowledged)
            )));
        }
        Ok(())
    }

    /// Output up to `\x04`, exception text up to `\x04`, then the next prompt.
    fn collect_result(&mut self) -> Result<RunOutput> {
        let mut stdout =
            self.console
                .read_until(b"\x04", self.run_timeout, "the end of the output `\\x04`")?;
        stdout.pop();
        let mut exception = self.console.read_until(
            b"\x04",
            self.reply_timeout,
            "the end of the exception `\\x04`",
        )?;
        exception.pop();
        // `>` normally; after `SystemExit` the device soft-resets and re-enters the raw REPL.
        let prompt =
            self.console
                .read_until(b">", self.reply_timeout, "the raw REPL prompt `>`")?;
        Ok(RunOutput {
            stdout: uncook(&stdout),
            exception: uncook(&exception),
            soft_reset: crate::console::find(&prompt, b"soft reboot").is_some(),
        })
    }

    fn protocol(&self, message: String) -> EmulationError {
        EmulationError::Protocol {
            board: self.console.board().to_string(),
            message: format!("{message}; last bytes seen: {}", self.console.last_seen()),
        }
    }
}

/// The UART sends every `\n` as `\r\n`; undo exactly that.
pub fn uncook(bytes: &[u8]) -> Vec<u8> {
    let mut plain = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'\r' && bytes.get(index + 1) == Some(&b'\n') {
            index += 1;
            continue;
        }
        plain.push(bytes[index]);
        index += 1;
    }
    plain
}

#[cfg(test)]
mod tests {
    use super::uncook;

    #[test]
    fn uncook_undoes_only_the_uart_translation() {
        assert_eq!(uncook(b"a\r\nb\r\r\nc\r"), b"a\nb\r\nc\r");
    }
}
