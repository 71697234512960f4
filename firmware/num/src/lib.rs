//! Pyrite's numbers: the libraries behind Python's int, float and string formatting.
//!
//! Nothing here knows about the VM or the object model: every function takes plain Rust values
//! (`BigInt`, `f64`, `&str`) and returns plain values or a [`NumError`] that the caller turns into
//! the named Python exception.
//!
//! - [`bigint`]: arbitrary-precision signed integers with Python semantics (floor division,
//!   infinite two's complement bitwise operations, hashing, correctly rounded float conversion).
//! - [`complex`]: complex quotients and powers, rounded as CPython rounds them.
//! - [`double_double`]: ~100-bit `exp`/`ln`/`pow` so float `**` rounds like glibc's.
//! - [`float`]: float repr/parse, floor division and modulo, `round`, `pow`, `as_integer_ratio`.
//! - [`format`]: the format-spec mini-language used by `format()`, f-strings and `str.format`.
//! - [`printf`]: `%`-formatting (`"%5.2f" % x`).
//! - [`template`]: `str.format` templates (`"{0.x!r:>{w}}"`) split into text and fields.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

pub mod bigint;
pub mod complex;
pub mod double_double;
pub mod float;
pub mod fmod;
pub mod format;
pub mod printf;
pub mod template;

use alloc::borrow::Cow;

/// The Python exception class a numeric failure maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`.
    Value,
    /// `OverflowError`.
    Overflow,
    /// `ZeroDivisionError`.
    ZeroDivision,
    /// `TypeError`.
    Type,
    /// Not an exception by itself: the real operation has a complex result (a negative float
    /// raised to a fractional power). The caller computes the complex value or raises.
    Complex,
}

/// A numeric failure: which Python exception to raise and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrorKind,
    pub message: Cow<'static, str>,
}

impl NumError {
    pub(crate) const fn new(kind: ErrorKind, message: &'static str) -> NumError {
        NumError {
            kind,
            message: Cow::Borrowed(message),
        }
    }

    pub(crate) fn owned(kind: ErrorKind, message: alloc::string::String) -> NumError {
        NumError {
            kind,
            message: Cow::Owned(message),
        }
    }
}

impl core::fmt::Display for NumError {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests;
