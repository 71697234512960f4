//! The filesystem: mounting (replaying the active half's log), the operations, compaction.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::crc::{crc32, Crc};
use crate::layout::*;
use crate::path::parent;
use crate::storage::Storage;
use crate::Error;

/// Bytes moved per storage read or program while copying.
const CHUNK: usize = 64;

/// A live file or directory: where its newest record's data is.
struct Entry {
    /// Key: the absolute path without its leading `/` (a `Box<str>`: no spare capacity, the
    /// index lives in a small board's heap for good).
    path: Box<str>,
    directory: bool,
    /// Absolute storage offset of the data.
    data: u32,
    length: u32,
}

/// What `stat` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub directory: bool,
    pub size: u32,
}

/// What mounting found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MountReport {
    /// A healthy filesystem.
    Clean,
    /// No filesystem was there (blank, erased or foreign contents): a new one was made.
    Formatted,
    /// The log ended in damaged records (an interrupted write, or worse): they were dropped
    /// and the live files copied to the other half (`repaired` false if that failed, e.g. on
    /// read-only storage).
    Repaired { damaged: u32, repaired: bool },
    /// Neither half had a valid header, but one held valid records: its `files` were
    /// recovered into a fresh half.
    Recovered { files: u32, damaged: u32 },
}

/// What replaying one half found.
struct Scan {
    entries: Vec<Entry>,
    /// Offset (within the half) after the last whole record.
    end: u32,
    valid: u32,
    damaged: u32,
    /// Bytes after `end` are not erased: never append there.
    unclean_tail: bool,
}

/// A mounted filesystem over storage `S`.
pub struct Filesystem<S: Storage> {
    storage: S,
    half_size: u32,
    /// The active half (0 or 1).
    active: u32,
    generation: u32,
    /// Next free offset within the active half.
    end: u32,
    /// The active half's tail may not be erased: compact before appending.
    dirty: bool,
    entries: Vec<Entry>,
}

impl<S: Storage> Filesystem<S> {
    /// Mounts the filesystem on `storage`, formatting it when no filesystem is found and
    /// salvaging what it can from a damaged one.
    pub fn mount(storage: S) -> Result<(Self, MountReport), Error> {
        let half_size = (storage.size() / 2) & !3;
        if half_size < HALF_HEADER + 64 {
            return Err(Error::Invalid);
        }
        let mut fs = Filesystem {
            storage,
            half_size,
            active: 0,
            generation: 0,
            end: HALF_HEADER,
            dirty: true,
            entries: Vec::new(),
        };
        let generations = [fs.header_generation(0)?, fs.header_generation(1)?];
        let best = match generations {
            [Some(a), Some(b)] => Some(if b > a { 1 } else { 0 }),
            [Some(_), None] => Some(0),
            [None, Some(_)] => Some(1),
            [None, None] => None,
        };
        if let Some(half) = best {
            let scan = fs.scan(half)?;
            let damaged = scan.damaged;
            fs.adopt(half, generations[half as usize].unwrap_or(0), scan);
            if !fs.dirty {
                return Ok((fs, MountReport::Clean));
            }
            let repaired = fs.compact(0, None).is_ok();
            return Ok((fs, MountReport::Repaired { damaged, repaired }));
        }
        // No header: blank, foreign, or a damaged header over salvageable records.
        let scans = [fs.scan(0)?, fs.scan(1)?];
        let half = if scans[1].valid > scans[0].valid {
            1
        } else {
            0
        };
        let [first, second] = scans;
        let scan = if half == 1 { second } else { first };
        if scan.valid == 0 {
            fs.format()?;
            return Ok((fs, MountReport::Formatted));
        }
        let damaged = scan.damaged;
        fs.adopt(half, 0, scan);
        fs.dirty = true;
        fs.compact(0, None)?;
        let files = fs.entries.iter().filter(|entry| !entry.directory).count() as u32;
        Ok((fs, MountReport::Recovered { files, damaged }))
    }

    /// Erases everything and starts an empty filesystem.
    pub fn format(&mut self) -> Result<(), Error> {
        // The other half's header goes first, so it cannot outrank the new one.
        self.storage.erase(self.half_size, self.half_size)?;
        self.storage.erase(0, self.half_size)?;
        self.write_header(0, 1)?;
        self.active = 0;
        self.generation = 1;
        self.end = HALF_HEADER;
        self.dirty = false;
        self.entries.clear();
        Ok(())
    }

    /// The storage (for building images).
    pub fn into_storage(self) -> S {
        self.storage
    }

    /// Bytes a half holds (the most that live files and directories can take).
    pub fn capacity(&self) -> u32 {
        self.half_size - HALF_HEADER
    }

    /// Bytes the live files and directories take (records included).
    pub fn used(&self) -> u32 {
        self.live_bytes(None)
    }

    // ----- operations (paths are keys: absolute without the leading `/`) ------------------

    /// Whether `path` is a directory, and a file's size.
    pub fn stat(&self, path: &str) -> Result<Stat, Error> {
        if path.is_empty() {
            return Ok(Stat {
                directory: true,
                size: 0,
            });
        }
        let entry = &self.entries[self.find(path).ok_or(Error::NotFound)?];
        Ok(Stat {
            directory: entry.directory,
            size: entry.length,
        })
    }

    /// The names in directory `path`.
    pub fn list(&self, path: &str) -> Result<Vec<String>, Error> {
        self.expect_directory(path)?;
        let mut names = Vec::new();
        for entry in &self.entries {
            if !entry.path.is_empty() && parent(&entry.path) == path {
                let name = entry.path.rsplit('/').next().unwrap_or("");
                names.push(String::from(name));
            }
        }
        Ok(names)
    }

    /// A file's contents.
    pub fn read(&mut self, path: &str) -> Result<Vec<u8>, Error> {
        let index = self.find(path).ok_or(Error::NotFound)?;
        let (directory, data, length) = {
            let entry = &self.entries[index];
            (entry.directory, entry.data, entry.length)
        };
        if directory {
            return Err(Error::IsDirectory);
        }
        let mut bytes = Vec::new();
        bytes
            .try_reserve_exact(length as usize)
            .map_err(|_| Error::NoSpace)?;
        bytes.resize(length as usize, 0);
        self.storage.read(data, &mut bytes)?;
        Ok(bytes)
    }

    /// Replaces (or with `append` extends) a file, creating it if needed; atomic.
    pub fn write(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), Error> {
        check_name(path)?;
        let existing = self.find(path);
        if let Some(index) = existing {
            if self.entries[index].directory {
                return Err(Error::IsDirectory);
            }
        } else {
            self.expect_directory(parent(path))?;
        }
        let old_length = match existing {
            Some(index) if append => self.entries[index].length,
            _ => 0,
        };
        let length = u32::try_from(data.len())
            .ok()
            .and_then(|length| length.checked_add(old_length))
            .ok_or(Error::NoSpace)?;
        let size = record_size(path.len(), length);
        self.make_room(size)?;
        // Compaction may have moved the old contents: look them up again.
        let copy = match self.find(path) {
            Some(index) if append => Some((self.entries[index].data, old_length)),
            _ => None,
        };
        let at = self.base(self.active) + self.end;
        let data_offset = self.write_record(at, KIND_FILE, path.as_bytes(), copy, data)?;
        self.end += size;
        self.set_entry(path, false, data_offset, length);
        Ok(())
    }

    /// Makes a directory.
    pub fn mkdir(&mut self, path: &str) -> Result<(), Error> {
        check_name(path)?;
        if self.find(path).is_some() {
            return Err(Error::Exists);
        }
        self.expect_directory(parent(path))?;
        let size = record_size(path.len(), 0);
        self.make_room(size)?;
        let at = self.base(self.active) + self.end;
        let data = self.write_record(at, KIND_DIRECTORY, path.as_bytes(), None, &[])?;
        self.end += size;
        self.set_entry(path, true, data, 0);
        Ok(())
    }

    /// Removes a file.
    pub fn remove(&mut self, path: &str) -> Result<(), Error> {
        if path.is_empty() {
            return Err(Error::IsDirectory);
        }
        let index = self.find(path).ok_or(Error::NotFound)?;
        if self.entries[index].directory {
            return Err(Error::IsDirectory);
        }
        self.drop_entry(index)
    }

    /// Removes an empty directory.
    pub fn rmdir(&mut self, path: &str) -> Result<(), Error> {
        if path.is_empty() {
            return Err(Error::Invalid);
        }
        let index = self.find(path).ok_or(Error::NotFound)?;
        if !self.entries[index].directory {
            return Err(Error::NotDirectory);
        }
        if self.entries.iter().any(|entry| parent(&entry.path) == path) {
            return Err(Error::NotEmpty);
        }
        self.drop_entry(index)
    }

    /// Renames a file or a directory (with everything in it); replaces a file at `to`.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), Error> {
        if from.is_empty() {
            return Err(Error::Invalid);
        }
        let source = self.find(from).ok_or(Error::NotFound)?;
        check_name(to)?;
        if from == to {
            return Ok(());
        }
        if to.len() > from.len() && to.starts_with(from) && to.as_bytes()[from.len()] == b'/' {
            return Err(Error::Invalid);
        }
        self.expect_directory(parent(to))?;
        let moving_directory = self.entries[source].directory;
        if let Some(target) = self.find(to) {
            match (moving_directory, self.entries[target].directory) {
                (false, true) => return Err(Error::IsDirectory),
                (true, false) => return Err(Error::NotDirectory),
                (true, true) if self.entries.iter().any(|entry| parent(&entry.path) == to) => {
                    return Err(Error::NotEmpty)
                }
                _ => {}
            }
        }
        let size = record_size(from.len(), to.len() as u32);
        self.make_room(size)?;
        let at = self.base(self.active) + self.end;
        self.write_record(at, KIND_RENAME, from.as_bytes(), None, to.as_bytes())?;
        self.end += size;
        rename_entries(&mut self.entries, from, to);
        Ok(())
    }

    // ----- the index -----------------------------------------------------------------------

    fn find(&self, path: &str) -> Option<usize> {
        self.entries.iter().position(|entry| &*entry.path == path)
    }

    fn expect_directory(&self, path: &str) -> Result<(), Error> {
        match self.stat(path)? {
            Stat {
                directory: true, ..
            } => Ok(()),
            _ => Err(Error::NotDirectory),
        }
    }

    fn set_entry(&mut self, path: &str, directory: bool, data: u32, length: u32) {
        if let Some(index) = self.find(path) {
            let entry = &mut self.entries[index];
            entry.directory = directory;
            entry.data = data;
            entry.length = length;
        } else {
            self.entries.push(Entry {
                path: Box::from(path),
                directory,
                data,
                length,
            });
        }
    }

    /// Removes entry `index` for good: a removal record, or, when the log is full, a
    /// compaction that leaves the entry out (so a full filesystem can always delete).
    fn drop_entry(&mut self, index: usize) -> Result<(), Error> {
        let size = record_size(self.entries[index].path.len(), 0);
        if self.dirty || self.end + size > self.half_size {
            self.compact(0, Some(index))?;
        } else {
            let at = self.base(self.active) + self.end;
            let path = core::mem::take(&mut self.entries[index].path);
            let written = self.write_record(at, KIND_REMOVE, path.as_bytes(), None, &[]);
            self.entries[index].path = path;
            written?;
            self.end += size;
        }
        self.entries.swap_remove(index);
        Ok(())
    }

    // ----- storage -------------------------------------------------------------------------

    fn base(&self, half: u32) -> u32 {
        half * self.half_size
    }

    fn read_word(&mut self, offset: u32) -> Result<u32, Error> {
        let mut bytes = [0u8; 4];
        self.storage.read(offset, &mut bytes)?;
        Ok(u32::from_le_bytes(bytes))
    }

    /// The generation in `half`'s header, if the header is valid.
    fn header_generation(&mut self, half: u32) -> Result<Option<u32>, Error> {
        let mut header = [0u8; HALF_HEADER as usize];
        self.storage.read(self.base(half), &mut header)?;
        let word = |index: usize| {
            let mut bytes = [0u8; 4];
            bytes.copy_from_slice(&header[index * 4..index * 4 + 4]);
            u32::from_le_bytes(bytes)
        };
        let valid = word(0) == HALF_MAGIC
            && word(2) == FORMAT_VERSION
            && word(3) == crc32(&header[..12])
            && word(1) != 0;
        Ok(valid.then(|| word(1)))
    }

    fn write_header(&mut self, half: u32, generation: u32) -> Result<(), Error> {
        let mut header = [0u8; HALF_HEADER as usize];
        header[0..4].copy_from_slice(&HALF_MAGIC.to_le_bytes());
        header[4..8].copy_from_slice(&generation.to_le_bytes());
        header[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
        let crc = crc32(&header[..12]);
        header[12..16].copy_from_slice(&crc.to_le_bytes());
        self.storage.program(self.base(half), &header)
    }

    /// Replays `half`'s log.
    fn scan(&mut self, half: u32) -> Result<Scan, Error> {
        let base = self.base(half);
        let mut scan = Scan {
            entries: Vec::new(),
            end: HALF_HEADER,
            valid: 0,
            damaged: 0,
            unclean_tail: false,
        };
        let mut position = HALF_HEADER;
        let mut name = [0u8; MAX_NAME];
        let mut target = [0u8; MAX_NAME];
        while position + RECORD_HEADER + 4 <= self.half_size {
            let at = base + position;
            let word0 = self.read_word(at)?;
            if word0 == 0xffff_ffff {
                break;
            }
            let length = self.read_word(at + 4)?;
            let [tag, kind, name_length, zero] = word0.to_le_bytes();
            let size = record_size(usize::from(name_length), length);
            if tag != RECORD_TAG
                || !(KIND_FILE..=KIND_RENAME).contains(&kind)
                || zero != 0
                || position.saturating_add(size) > self.half_size
            {
                // Cannot even tell where this record ends: everything after it is lost.
                scan.damaged += 1;
                scan.unclean_tail = true;
                position = self.half_size;
                break;
            }
            let name_length = usize::from(name_length);
            if !self.record_intact(at, name_length, length, size)? {
                scan.damaged += 1;
                scan.unclean_tail = true;
                position += size;
                continue;
            }
            self.storage
                .read(at + RECORD_HEADER, &mut name[..name_length])?;
            let data = at + RECORD_HEADER + name_length as u32;
            let Ok(path) = core::str::from_utf8(&name[..name_length]) else {
                scan.damaged += 1;
                position += size;
                continue;
            };
            let mut to = "";
            if kind == KIND_RENAME {
                let length = (length as usize).min(MAX_NAME);
                self.storage.read(data, &mut target[..length])?;
                to = core::str::from_utf8(&target[..length]).unwrap_or("");
            }
            scan.valid += 1;
            apply(&mut scan.entries, kind, path, data, length, to);
            position += size;
        }
        scan.end = position;
        if !scan.unclean_tail {
            scan.unclean_tail = !self.erased(base + position, base + self.half_size)?;
        }
        Ok(scan)
    }

    /// Whether the record at `at` matches its CRC.
    fn record_intact(
        &mut self,
        at: u32,
        name_length: usize,
        length: u32,
        size: u32,
    ) -> Result<bool, Error> {
        let mut crc = Crc::new();
        let mut buffer = [0u8; CHUNK];
        let mut offset = at;
        let mut left = RECORD_HEADER + name_length as u32 + length;
        while left > 0 {
            let count = (left as usize).min(CHUNK);
            self.storage.read(offset, &mut buffer[..count])?;
            crc.update(&buffer[..count]);
            offset += count as u32;
            left -= count as u32;
        }
        Ok(self.read_word(at + size - 4)? == crc.finish())
    }

    fn erased(&mut self, mut from: u32, to: u32) -> Result<bool, Error> {
        let mut buffer = [0u8; CHUNK];
        while from < to {
            let count = ((to - from) as usize).min(CHUNK);
            self.storage.read(from, &mut buffer[..count])?;
            if buffer[..count].iter().any(|&byte| byte != 0xff) {
                return Ok(false);
            }
            from += count as u32;
        }
        Ok(true)
    }

    fn adopt(&mut self, half: u32, generation: u32, scan: Scan) {
        self.active = half;
        self.generation = generation;
        self.end = scan.end;
        self.dirty = scan.unclean_tail || scan.damaged > 0;
        self.entries = scan.entries;
        self.entries.shrink_to_fit();
    }

    /// Writes one record at absolute offset `at`: header, name, `copy` (bytes already in
    /// storage: the old contents an append extends), `data`, CRC. Returns where the data
    /// starts. A failure marks the log dirty (its tail may hold a partial record).
    fn write_record(
        &mut self,
        at: u32,
        kind: u8,
        name: &[u8],
        copy: Option<(u32, u32)>,
        data: &[u8],
    ) -> Result<u32, Error> {
        let result = self.write_record_unchecked(at, kind, name, copy, data);
        if result.is_err() {
            self.dirty = true;
        }
        result
    }

    fn write_record_unchecked(
        &mut self,
        at: u32,
        kind: u8,
        name: &[u8],
        copy: Option<(u32, u32)>,
        data: &[u8],
    ) -> Result<u32, Error> {
        let (copy_from, copy_length) = copy.unwrap_or((0, 0));
        let length = copy_length + data.len() as u32;
        let mut header = [RECORD_TAG, kind, name.len() as u8, 0, 0, 0, 0, 0];
        header[4..].copy_from_slice(&length.to_le_bytes());
        let mut writer = Writer::new(at);
        writer.push(&mut self.storage, &header)?;
        writer.push(&mut self.storage, name)?;
        let mut buffer = [0u8; CHUNK];
        let mut offset = copy_from;
        let mut left = copy_length;
        while left > 0 {
            let count = (left as usize).min(CHUNK);
            self.storage.read(offset, &mut buffer[..count])?;
            writer.push(&mut self.storage, &buffer[..count])?;
            offset += count as u32;
            left -= count as u32;
        }
        writer.push(&mut self.storage, data)?;
        writer.finish(&mut self.storage)?;
        Ok(at + RECORD_HEADER + name.len() as u32)
    }

    /// Bytes the live entries (all but `skip`) take as records.
    fn live_bytes(&self, skip: Option<usize>) -> u32 {
        let mut total = 0u32;
        for (index, entry) in self.entries.iter().enumerate() {
            if Some(index) != skip {
                total = total.saturating_add(record_size(entry.path.len(), entry.length));
            }
        }
        total
    }

    /// Ensures `size` bytes can be appended to the log, compacting if needed.
    fn make_room(&mut self, size: u32) -> Result<(), Error> {
        if self.dirty || self.end.saturating_add(size) > self.half_size {
            self.compact(size, None)?;
        }
        Ok(())
    }

    /// Copies the live entries (all but `skip`) into the other half, leaving `extra` bytes
    /// free after them, then makes it active by programming its header.
    fn compact(&mut self, extra: u32, skip: Option<usize>) -> Result<(), Error> {
        let needed = HALF_HEADER
            .saturating_add(self.live_bytes(skip))
            .saturating_add(extra);
        if needed > self.half_size {
            return Err(Error::NoSpace);
        }
        let target = 1 - self.active;
        let base = self.base(target);
        self.storage.erase(base, self.half_size)?;
        let mut offsets = Vec::new();
        offsets
            .try_reserve_exact(self.entries.len())
            .map_err(|_| Error::NoSpace)?;
        let mut position = HALF_HEADER;
        for index in 0..self.entries.len() {
            if Some(index) == skip {
                offsets.push(0);
                continue;
            }
            let entry = &self.entries[index];
            let kind = if entry.directory {
                KIND_DIRECTORY
            } else {
                KIND_FILE
            };
            let size = record_size(entry.path.len(), entry.length);
            let copy = Some((entry.data, entry.length));
            let path = core::mem::take(&mut self.entries[index].path);
            let written =
                self.write_record_unchecked(base + position, kind, path.as_bytes(), copy, &[]);
            self.entries[index].path = path;
            offsets.push(written?);
            position += size;
        }
        let generation = self.generation.wrapping_add(1).max(1);
        self.write_header(target, generation)?;
        for (entry, offset) in self.entries.iter_mut().zip(offsets) {
            entry.data = offset;
        }
        self.active = target;
        self.generation = generation;
        self.end = position;
        self.dirty = false;
        Ok(())
    }
}

/// Applies one valid record to an index being rebuilt (`to`: a rename's new path).
fn apply(entries: &mut Vec<Entry>, kind: u8, path: &str, data: u32, length: u32, to: &str) {
    let existing = entries.iter().position(|entry| &*entry.path == path);
    match kind {
        KIND_FILE | KIND_DIRECTORY => {
            let entry = Entry {
                path: Box::from(path),
                directory: kind == KIND_DIRECTORY,
                data,
                length: if kind == KIND_FILE { length } else { 0 },
            };
            match existing {
                Some(index) => entries[index] = entry,
                None => entries.push(entry),
            }
        }
        KIND_REMOVE => {
            if let Some(index) = existing {
                entries.swap_remove(index);
            }
        }
        _ => {
            if !to.is_empty() {
                rename_entries(entries, path, to);
            }
        }
    }
}

/// Moves `from` (a file, or a directory and everything under it) to `to`, replacing `to`.
fn rename_entries(entries: &mut Vec<Entry>, from: &str, to: &str) {
    if let Some(index) = entries.iter().position(|entry| &*entry.path == to) {
        entries.swap_remove(index);
    }
    for entry in entries.iter_mut() {
        let rest = match entry.path.strip_prefix(from) {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => String::from(rest),
            _ => continue,
        };
        let mut moved = String::from(to);
        moved.push_str(&rest);
        entry.path = moved.into_boxed_str();
    }
}

fn check_name(path: &str) -> Result<(), Error> {
    if path.is_empty() {
        return Err(Error::Invalid);
    }
    if path.len() > MAX_NAME {
        return Err(Error::NameTooLong);
    }
    Ok(())
}

/// Streams a record into storage in aligned chunks, computing its CRC on the way.
struct Writer {
    at: u32,
    buffer: [u8; CHUNK],
    filled: usize,
    crc: Crc,
}

impl Writer {
    fn new(at: u32) -> Self {
        Writer {
            at,
            buffer: [0xff; CHUNK],
            filled: 0,
            crc: Crc::new(),
        }
    }

    fn push<S: Storage>(&mut self, storage: &mut S, mut bytes: &[u8]) -> Result<(), Error> {
        self.crc.update(bytes);
        while !bytes.is_empty() {
            let count = bytes.len().min(CHUNK - self.filled);
            self.buffer[self.filled..self.filled + count].copy_from_slice(&bytes[..count]);
            self.filled += count;
            bytes = &bytes[count..];
            if self.filled == CHUNK {
                storage.program(self.at, &self.buffer)?;
                self.at += CHUNK as u32;
                self.filled = 0;
            }
        }
        Ok(())
    }

    /// Pads to a word with 0xFF (left unprogrammed) and seals the record with its CRC.
    fn finish<S: Storage>(mut self, storage: &mut S) -> Result<(), Error> {
        let padded = (self.filled + 3) & !3;
        self.buffer[self.filled..padded].fill(0xff);
        if padded > 0 {
            storage.program(self.at, &self.buffer[..padded])?;
        }
        storage.program(self.at + padded as u32, &self.crc.finish().to_le_bytes())
    }
}
