//! pyrite-fs: the boards' flash filesystem, a small power-loss-tolerant log of whole-file
//! records over NOR-like storage (erase sets 0xFF, program only clears bits).
//!
//! The layout (see `layout.rs`): the storage is split into two equal halves. One half is
//! active: a header (magic, generation, CRC) followed by an append-only log of records, each
//! a whole file, a directory, a removal or a rename, sealed by a CRC. Mounting replays the log
//! into a small RAM index (path → where the data is). When the log is full, the live entries
//! are copied into the other half, whose header is programmed last: a power cut at any moment
//! leaves either the old or the new state of the one operation in progress, never a damaged
//! neighbour. Halves take turns, which spreads erase wear evenly over both.
//!
//! Files are written whole (the runtime's `open()` buffers a file and writes it on close), so
//! a rewrite is one record and atomic. `no_std` + `alloc`: the firmware, the host tests and
//! `cargo xtask fs-image` share it.
#![no_std]

extern crate alloc;

mod crc;
mod filesystem;
mod layout;
pub mod path;
mod storage;

pub use filesystem::{Filesystem, MountReport, Stat};
/// The longest path the filesystem stores (bytes).
pub use layout::MAX_NAME;
pub use storage::{RamStorage, Storage};

/// Why an operation failed; `errno` gives the POSIX number Python's `OSError` carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// No such file or directory.
    NotFound,
    /// The path exists already.
    Exists,
    /// A path component is a file.
    NotDirectory,
    /// A directory where a file was expected.
    IsDirectory,
    /// `rmdir` of a directory that still has entries.
    NotEmpty,
    /// The filesystem is full.
    NoSpace,
    /// The storage failed (a program or erase that did not take).
    Io,
    /// A path that cannot be stored (empty name, the root, a directory moved into itself).
    Invalid,
    /// A path longer than a record can hold (255 bytes).
    NameTooLong,
}

impl Error {
    /// The POSIX error number.
    pub fn errno(self) -> i32 {
        match self {
            Error::NotFound => 2,
            Error::Io => 5,
            Error::Exists => 17,
            Error::NotDirectory => 20,
            Error::IsDirectory => 21,
            Error::Invalid => 22,
            Error::NoSpace => 28,
            Error::NameTooLong => 36,
            Error::NotEmpty => 39,
        }
    }
}
