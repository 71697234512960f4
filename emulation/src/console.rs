//! A board's UART as a byte stream: a reader thread collects everything the board sends;
//! `read_until` waits for a pattern with a timeout and recognises fault reports.

use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::error::{tail_for_humans, EmulationError, Result};

/// Fault report markers the firmware prints (`pyrite_port_common::fault`).
const FAULT_MARKERS: [&[u8]; 2] = [b"*** panic: ", b"*** HardFault"];

/// How long to keep collecting a fault report after its marker appears.
const FAULT_REPORT_WAIT: Duration = Duration::from_millis(300);

/// Asks whether the emulator has ended: `Some(status)` once it has (`None` status: unknown).
pub type ExitProbe = Box<dyn FnMut() -> Option<Option<i32>> + Send>;

#[derive(Default)]
struct State {
    bytes: Vec<u8>,
    /// The board's output stream ended.
    closed: bool,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

/// The UART of one emulated board.
pub struct Console {
    board: String,
    writer: Box<dyn Write + Send>,
    shared: Arc<Shared>,
    /// Bytes of `state.bytes` already handed out.
    consumed: usize,
    exit_probe: Option<ExitProbe>,
    /// Extra text for error messages (the emulator's stderr).
    diagnostics: Option<Arc<Mutex<Vec<u8>>>>,
}

impl Console {
    /// A console reading `reader` (on a thread of its own) and writing `writer`.
    pub fn new(
        board: &str,
        reader: Box<dyn Read + Send>,
        writer: Box<dyn Write + Send>,
        exit_probe: Option<ExitProbe>,
    ) -> Console {
        let shared = Arc::new(Shared::default());
        let collector = Arc::clone(&shared);
        std::thread::spawn(move || collect(reader, collector));
        Console {
            board: board.to_string(),
            writer,
            shared,
            consumed: 0,
            exit_probe,
            diagnostics: None,
        }
    }

    /// Adds the emulator's stderr to error messages.
    pub fn set_diagnostics(&mut self, stderr: Arc<Mutex<Vec<u8>>>) {
        self.diagnostics = Some(stderr);
    }

    /// The board's name (for messages).
    pub fn board(&self) -> &str {
        &self.board
    }

    /// Sends bytes to the board.
    pub fn write_all(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer.write_all(bytes)?;
        self.writer.flush()?;
        Ok(())
    }

    /// Bytes received and not yet consumed.
    pub fn available(&self) -> usize {
        self.lock().bytes.len() - self.consumed
    }

    /// Consumes and returns whatever has arrived.
    pub fn take_available(&mut self) -> Vec<u8> {
        let state = self.lock();
        let bytes = state.bytes[self.consumed..].to_vec();
        drop(state);
        self.consumed += bytes.len();
        bytes
    }

    /// Waits until the unconsumed output contains `pattern`; consumes and returns everything
    /// up to and including it. `what` names the pattern in the error message.
    pub fn read_until(&mut self, pattern: &[u8], timeout: Duration, what: &str) -> Result<Vec<u8>> {
        self.wait_for(timeout, what, |pending| {
            find(pending, pattern).map(|at| at + pattern.len())
        })
    }

    /// Waits for exactly `count` bytes and consumes them.
    pub fn read_exact(&mut self, count: usize, timeout: Duration, what: &str) -> Result<Vec<u8>> {
        self.wait_for(timeout, what, |pending| {
            (pending.len() >= count).then_some(count)
        })
    }

    /// Waits up to `quiet` for output to stop, then consumes it all.
    pub fn drain(&mut self, quiet: Duration) -> Vec<u8> {
        let mut seen = self.available();
        loop {
            std::thread::sleep(quiet);
            let now = self.available();
            if now == seen {
                return self.take_available();
            }
            seen = now;
        }
    }

    /// The last bytes received (for error messages).
    pub fn last_seen(&self) -> String {
        let state = self.lock();
        let mut text = tail_for_humans(&state.bytes, 240);
        drop(state);
        if let Some(stderr) = &self.diagnostics {
            let stderr = stderr
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if !stderr.is_empty() {
                text.push_str("; emulator stderr: ");
                text.push_str(&tail_for_humans(&stderr, 400));
            }
        }
        text
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.shared
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits until `complete(pending)` gives the length to consume, watching for faults,
    /// the emulator ending, and the deadline.
    fn wait_for(
        &mut self,
        timeout: Duration,
        what: &str,
        complete: impl Fn(&[u8]) -> Option<usize>,
    ) -> Result<Vec<u8>> {
        let deadline = Instant::now() + timeout;
        let shared = Arc::clone(&self.shared);
        let lock = || {
            shared
                .state
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        let mut state = lock();
        loop {
            let pending = &state.bytes[self.consumed..];
            if let Some(marker_at) = FAULT_MARKERS.iter().filter_map(|m| find(pending, m)).min() {
                let start = self.consumed + marker_at;
                drop(state);
                std::thread::sleep(FAULT_REPORT_WAIT);
                let state = lock();
                let report = String::from_utf8_lossy(&state.bytes[start..]).into_owned();
                return Err(EmulationError::Fault {
                    board: self.board.clone(),
                    report: report.replace("\r\n", "\n"),
                });
            }
            if let Some(length) = complete(pending) {
                let bytes = pending[..length].to_vec();
                self.consumed += length;
                compact(&mut self.consumed, &mut state);
                return Ok(bytes);
            }
            if state.closed {
                drop(state);
                let status = self.exit_status(Duration::from_secs(2));
                return Err(EmulationError::Exited {
                    board: self.board.clone(),
                    status,
                    last_seen: self.last_seen(),
                });
            }
            let now = Instant::now();
            if now >= deadline {
                drop(state);
                return Err(EmulationError::Timeout {
                    board: self.board.clone(),
                    expected: what.to_string(),
                    seconds: timeout.as_secs_f64(),
                    last_seen: self.last_seen(),
                });
            }
            // Wake at least every 200 ms to notice an emulator that ended without closing.
            let wait = (deadline - now).min(Duration::from_millis(200));
            state = shared
                .changed
                .wait_timeout(state, wait)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
            if !state.closed {
                if let Some(probe) = self.exit_probe.as_mut() {
                    if probe().is_some() {
                        state.closed = true;
                    }
                }
            }
        }
    }

    /// Whether the emulator has ended (or its output stream closed).
    pub fn ended(&mut self) -> bool {
        if self.lock().closed {
            return true;
        }
        self.exit_probe
            .as_mut()
            .is_some_and(|probe| probe().is_some())
    }

    /// The emulator's exit status, waiting up to `patience` for it to end.
    pub fn exit_status(&mut self, patience: Duration) -> Option<i32> {
        let probe = self.exit_probe.as_mut()?;
        let deadline = Instant::now() + patience;
        loop {
            if let Some(status) = probe() {
                return status;
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Drops consumed bytes now and then (a suite run sends megabytes), keeping some context.
fn compact(consumed: &mut usize, state: &mut State) {
    const KEEP: usize = 1024;
    if *consumed > 256 * 1024 {
        let drop_count = *consumed - KEEP;
        state.bytes.drain(..drop_count);
        *consumed = KEEP;
    }
}

fn collect(mut reader: Box<dyn Read + Send>, shared: Arc<Shared>) {
    let mut buffer = [0u8; 4096];
    loop {
        let count = reader.read(&mut buffer).unwrap_or(0);
        let mut state = shared
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if count == 0 {
            state.closed = true;
            shared.changed.notify_all();
            return;
        }
        state.bytes.extend_from_slice(&buffer[..count]);
        shared.changed.notify_all();
    }
}

/// Where `needle` first occurs in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
