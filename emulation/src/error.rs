//! Errors of the emulation layer: each says which board, what was expected and what was seen.

use std::fmt;

/// Everything that can go wrong talking to an emulated board.
#[derive(Debug)]
pub enum EmulationError {
    /// An expected byte sequence did not arrive in time.
    Timeout {
        board: String,
        expected: String,
        seconds: f64,
        last_seen: String,
    },
    /// The emulator ended (a semihosting exit, a crash) while we waited for something.
    Exited {
        board: String,
        status: Option<i32>,
        last_seen: String,
    },
    /// The firmware printed a panic or HardFault report.
    Fault { board: String, report: String },
    /// The device answered something the protocol does not allow.
    Protocol { board: String, message: String },
    /// A tool is missing or a process could not start.
    Setup(String),
    /// Reading or writing the console failed.
    Io(std::io::Error),
}

/// The result type of this crate.
pub type Result<T> = std::result::Result<T, EmulationError>;

impl fmt::Display for EmulationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmulationError::Timeout {
                board,
                expected,
                seconds,
                last_seen,
            } => write!(
                f,
                "{board}: timed out after {seconds:.1} s waiting for {expected}; last bytes seen: {last_seen}"
            ),
            EmulationError::Exited {
                board,
                status,
                last_seen,
            } => match status {
                Some(code) => write!(
                    f,
                    "{board}: the emulator exited with status {code}; last bytes seen: {last_seen}"
                ),
                None => write!(f, "{board}: the emulator ended; last bytes seen: {last_seen}"),
            },
            EmulationError::Fault { board, report } => {
                write!(f, "{board}: firmware fault:\n{report}")
            }
            EmulationError::Protocol { board, message } => write!(f, "{board}: {message}"),
            EmulationError::Setup(message) => f.write_str(message),
            EmulationError::Io(error) => write!(f, "console I/O: {error}"),
        }
    }
}

impl std::error::Error for EmulationError {}

impl From<std::io::Error> for EmulationError {
    fn from(error: std::io::Error) -> Self {
        EmulationError::Io(error)
    }
}

/// The last `limit` bytes of `bytes`, printable (`\r`, `\n`, control bytes escaped).
pub fn tail_for_humans(bytes: &[u8], limit: usize) -> String {
    let start = bytes.len().saturating_sub(limit);
    let mut text = String::from("\"");
    if start > 0 {
        text.push('…');
    }
    text.push_str(&escape(&bytes[start..]));
    text.push('"');
    text
}

/// Bytes as Rust-style escaped text.
pub fn escape(bytes: &[u8]) -> String {
    bytes.escape_ascii().to_string()
}
