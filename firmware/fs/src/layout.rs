//! The on-storage format: half headers and records (all integers little-endian).
//!
//! ```text
//! half:    header (16 bytes) | record | record | … | erased (0xFF)
//! header:  magic "PYFS" | generation u32 | format version u32 | CRC-32 of the first 12 bytes
//! record:  tag 0xA5, kind u8, name length u8, 0 | data length u32 | name | data
//!          | 0xFF padding to 4 bytes | CRC-32 of everything before the padding
//! ```
//!
//! Kinds: a whole file (data = contents), a directory (no data), a removal (of a file or an
//! empty directory), a rename (name = from, data = to; moves a directory's whole subtree).
//! The header is programmed last when a half is filled, so a half is live only once its
//! records are complete; the highest generation among live halves is the active one.

/// "PYFS".
pub const HALF_MAGIC: u32 = 0x5346_5950;
pub const FORMAT_VERSION: u32 = 1;
/// Bytes of a half's header; records start after it.
pub const HALF_HEADER: u32 = 16;
/// The first byte of every record (never 0xFF, so a record is told from erased space).
pub const RECORD_TAG: u8 = 0xa5;
/// Bytes before the name: tag, kind, name length, 0, data length.
pub const RECORD_HEADER: u32 = 8;
/// The longest path a record holds.
pub const MAX_NAME: usize = 255;

pub const KIND_FILE: u8 = 1;
pub const KIND_DIRECTORY: u8 = 2;
pub const KIND_REMOVE: u8 = 3;
pub const KIND_RENAME: u8 = 4;

/// Bytes a record with an `name_length`-byte name and `data_length` bytes of data takes.
pub fn record_size(name_length: usize, data_length: u32) -> u32 {
    let body = (name_length as u32).saturating_add(data_length);
    RECORD_HEADER
        .saturating_add(body.saturating_add(3) & !3)
        .saturating_add(4)
}
