//! The one error type of the benchmark harness: a message meant for a person.
//!
//! Every failure (a missing file, a malformed baseline, an interpreter that cannot start) ends up
//! here with enough context to act on; nothing in the harness panics on bad input.

use std::fmt;

/// An error with a complete, human-readable message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            message: message.into(),
        }
    }

    /// The same error with `context` (a file name, an action) in front.
    pub fn context(self, context: impl fmt::Display) -> Self {
        Error::new(format!("{context}: {}", self.message))
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// `Result` with the harness's error.
pub type Result<T> = std::result::Result<T, Error>;

/// Turns an I/O error into an [`Error`] naming the path it concerns.
pub fn io_error(path: &std::path::Path, error: std::io::Error) -> Error {
    Error::new(format!("{}: {error}", path.display()))
}
