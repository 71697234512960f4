//! The filesystem: mounting (replaying the active half's log), the operations, compaction.

use alloc::string::String;
use alloc::vec::Vec;

use crate::crc::{crc32, Crc};
use crate::layout::*;
use crate::path::parent;
use crate::storage::Storage;
use crate::Error;

/// Bytes moved per storage read or program while copying.
const CHUNK: usize = 64;

/// A live file or directory: where its path and its newest data are. Paths stay in storage
/// (a record's name, or a rename's target), so the index costs 16 bytes of RAM per entry.
#[derive(Clone, Copy)]
struct Entry {
    /// Absolute storage offset of the path (the key: absolute without its leading `/`).
    name: u32,
    name_length: u8,
    directory: bool,
    /// Absolute storage offset of the data.
    data: u32,
    length: u32,
}

/// A path read back from storage.
type NameBuffer = [u8; MAX_NAME];

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
            let repaired = fs.compact(0, None, None).is_ok();
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
        fs.compact(0, None, None)?;
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
    pub fn stat(&mut self, path: &str) -> Result<Stat, Error> {
        if path.is_empty() {
            return Ok(Stat {
                directory: true,
                size: 0,
            });
        }
        let index = self.find(path)?.ok_or(Error::NotFound)?;
        let entry = &self.entries[index];
        Ok(Stat {
            directory: entry.directory,
            size: entry.length,
        })
    }

    /// The names in directory `path`.
    pub fn list(&mut self, path: &str) -> Result<Vec<String>, Error> {
        self.expect_directory(path)?;
        let mut names = Vec::new();
        let mut buffer = [0u8; MAX_NAME];
        for entry in &self.entries {
            let name = entry_path(&mut self.storage, entry, &mut buffer)?;
            if parent_of(name) == path.as_bytes() {
                let start = name
                    .iter()
                    .rposition(|&byte| byte == b'/')
                    .map_or(0, |at| at + 1);
                names.push(String::from_utf8_lossy(&name[start..]).into_owned());
            }
        }
        Ok(names)
    }

    /// A file's contents.
    pub fn read(&mut self, path: &str) -> Result<Vec<u8>, Error> {
        let index = self.find(path)?.ok_or(Error::NotFound)?;
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
        let existing = self.find(path)?;
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
        let existing = self.find(path)?;
        let copy = match existing {
            Some(index) if append => Some((self.entries[index].data, old_length)),
            _ => None,
        };
        let at = self.base(self.active) + self.end;
        let data_offset = self.write_record(at, KIND_FILE, path.as_bytes(), copy, data)?;
        self.end += size;
        self.set_entry(existing, at, path.len(), false, data_offset, length);
        Ok(())
    }

    /// Makes a directory.
    pub fn mkdir(&mut self, path: &str) -> Result<(), Error> {
        check_name(path)?;
        if self.find(path)?.is_some() {
            return Err(Error::Exists);
        }
        self.expect_directory(parent(path))?;
        let size = record_size(path.len(), 0);
        self.make_room(size)?;
        let at = self.base(self.active) + self.end;
        let data = self.write_record(at, KIND_DIRECTORY, path.as_bytes(), None, &[])?;
        self.end += size;
        self.set_entry(None, at, path.len(), true, data, 0);
        Ok(())
    }

    /// Removes a file.
    pub fn remove(&mut self, path: &str) -> Result<(), Error> {
        if path.is_empty() {
            return Err(Error::IsDirectory);
        }
        let index = self.find(path)?.ok_or(Error::NotFound)?;
        if self.entries[index].directory {
            return Err(Error::IsDirectory);
        }
        self.drop_entry(index, path)
    }

    /// Removes an empty directory.
    pub fn rmdir(&mut self, path: &str) -> Result<(), Error> {
        if path.is_empty() {
            return Err(Error::Invalid);
        }
        let index = self.find(path)?.ok_or(Error::NotFound)?;
        if !self.entries[index].directory {
            return Err(Error::NotDirectory);
        }
        if self.has_children(path)? {
            return Err(Error::NotEmpty);
        }
        self.drop_entry(index, path)
    }

    /// Renames a file or a directory (with everything in it); replaces a file at `to`.
    /// A directory with entries moves by compaction (every path under it is rewritten).
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), Error> {
        if from.is_empty() {
            return Err(Error::Invalid);
        }
        let source = self.find(from)?.ok_or(Error::NotFound)?;
        check_name(to)?;
        if from == to {
            return Ok(());
        }
        if to.len() > from.len() && to.starts_with(from) && to.as_bytes()[from.len()] == b'/' {
            return Err(Error::Invalid);
        }
        self.expect_directory(parent(to))?;
        let moving_directory = self.entries[source].directory;
        let target = self.find(to)?;
        if let Some(target) = target {
            match (moving_directory, self.entries[target].directory) {
                (false, true) => return Err(Error::IsDirectory),
                (true, false) => return Err(Error::NotDirectory),
                (true, true) if self.has_children(to)? => return Err(Error::NotEmpty),
                _ => {}
            }
        }
        if moving_directory && self.has_children(from)? {
            // An empty directory at `to` is left out; the subtree takes its place.
            self.compact(0, target, Some((from, to)))?;
            if let Some(target) = target {
                self.entries.swap_remove(target);
            }
            return Ok(());
        }
        let size = record_size(from.len(), to.len() as u32);
        self.make_room(size)?;
        let at = self.base(self.active) + self.end;
        let target_name =
            self.write_record(at, KIND_RENAME, from.as_bytes(), None, to.as_bytes())?;
        self.end += size;
        if let Some(target) = self.find(to)? {
            self.entries.swap_remove(target);
        }
        if let Some(source) = self.find(from)? {
            self.entries[source].name = target_name;
            self.entries[source].name_length = to.len() as u8;
        }
        Ok(())
    }

    // ----- the index -----------------------------------------------------------------------

    fn find(&mut self, path: &str) -> Result<Option<usize>, Error> {
        find_in(&mut self.storage, &self.entries, path.as_bytes())
    }

    /// Whether anything is directly inside directory `path`.
    fn has_children(&mut self, path: &str) -> Result<bool, Error> {
        let mut buffer = [0u8; MAX_NAME];
        for entry in &self.entries {
            if usize::from(entry.name_length) > path.len()
                && parent_of(entry_path(&mut self.storage, entry, &mut buffer)?) == path.as_bytes()
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn expect_directory(&mut self, path: &str) -> Result<(), Error> {
        match self.stat(path)? {
            Stat {
                directory: true, ..
            } => Ok(()),
            _ => Err(Error::NotDirectory),
        }
    }

    /// Points entry `existing` (or a new one) at the record written at `at`.
    fn set_entry(
        &mut self,
        existing: Option<usize>,
        at: u32,
        name_length: usize,
        directory: bool,
        data: u32,
        length: u32,
    ) {
        let entry = Entry {
            name: at + RECORD_HEADER,
            name_length: name_length as u8,
            directory,
            data,
            length,
        };
        match existing {
            Some(index) => self.entries[index] = entry,
            None => self.entries.push(entry),
        }
    }

    /// Removes entry `index` for good: a removal record, or, when the log is full, a
    /// compaction that leaves the entry out (so a full filesystem can always delete).
    fn drop_entry(&mut self, index: usize, path: &str) -> Result<(), Error> {
        let size = record_size(path.len(), 0);
        if self.dirty || self.end + size > self.half_size {
            self.compact(0, Some(index), None)?;
        } else {
            let at = self.base(self.active) + self.end;
            self.write_record(at, KIND_REMOVE, path.as_bytes(), None, &[])?;
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
        let mut name: NameBuffer = [0u8; MAX_NAME];
        let mut target: NameBuffer = [0u8; MAX_NAME];
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
            let name = &name[..name_length];
            let data = at + RECORD_HEADER + name_length as u32;
            if core::str::from_utf8(name).is_err()
                || (kind == KIND_RENAME && (length == 0 || length as usize > MAX_NAME))
            {
                // Sealed but meaningless: never written by this code.
                scan.damaged += 1;
                position += size;
                continue;
            }
            scan.valid += 1;
            let found = find_in(&mut self.storage, &scan.entries, name)?;
            let entry = Entry {
                name: at + RECORD_HEADER,
                name_length: name_length as u8,
                directory: kind == KIND_DIRECTORY,
                data,
                length: if kind == KIND_FILE { length } else { 0 },
            };
            match (kind, found) {
                (KIND_FILE | KIND_DIRECTORY, Some(index)) => scan.entries[index] = entry,
                (KIND_FILE | KIND_DIRECTORY, None) => scan.entries.push(entry),
                (KIND_REMOVE, Some(index)) => {
                    scan.entries.swap_remove(index);
                }
                (KIND_RENAME, _) => {
                    // The target (data) replaces whatever has that name; the source takes it.
                    let to = &mut target[..length as usize];
                    self.storage.read(data, to)?;
                    if let Some(index) = find_in(&mut self.storage, &scan.entries, to)? {
                        scan.entries.swap_remove(index);
                    }
                    if let Some(index) = find_in(&mut self.storage, &scan.entries, name)? {
                        scan.entries[index].name = data;
                        scan.entries[index].name_length = length as u8;
                    }
                }
                _ => {}
            }
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
                total =
                    total.saturating_add(record_size(usize::from(entry.name_length), entry.length));
            }
        }
        total
    }

    /// Ensures `size` bytes can be appended to the log, compacting if needed.
    fn make_room(&mut self, size: u32) -> Result<(), Error> {
        if self.dirty || self.end.saturating_add(size) > self.half_size {
            self.compact(size, None, None)?;
        }
        Ok(())
    }

    /// Copies the live entries (all but `skip`) into the other half, leaving `extra` bytes
    /// free after them, then makes it active by programming its header. `rename` moves a
    /// directory and its subtree (`from` → `to`) on the way.
    fn compact(
        &mut self,
        extra: u32,
        skip: Option<usize>,
        rename: Option<(&str, &str)>,
    ) -> Result<(), Error> {
        let mut old: NameBuffer = [0u8; MAX_NAME];
        let mut new: NameBuffer = [0u8; MAX_NAME];
        let mut needed = HALF_HEADER.saturating_add(extra);
        for index in 0..self.entries.len() {
            if Some(index) != skip {
                let entry = self.entries[index];
                let length = renamed_path(&mut self.storage, &entry, rename, &mut old, &mut new)?;
                needed = needed.saturating_add(record_size(length, entry.length));
            }
        }
        if needed > self.half_size {
            return Err(Error::NoSpace);
        }
        let target = 1 - self.active;
        let base = self.base(target);
        self.storage.erase(base, self.half_size)?;
        let mut moved = Vec::new();
        moved
            .try_reserve_exact(self.entries.len())
            .map_err(|_| Error::NoSpace)?;
        let mut position = HALF_HEADER;
        for index in 0..self.entries.len() {
            let entry = self.entries[index];
            if Some(index) == skip {
                moved.push(entry);
                continue;
            }
            let length = renamed_path(&mut self.storage, &entry, rename, &mut old, &mut new)?;
            let kind = if entry.directory {
                KIND_DIRECTORY
            } else {
                KIND_FILE
            };
            let at = base + position;
            let copy = Some((entry.data, entry.length));
            let data = self.write_record_unchecked(at, kind, &new[..length], copy, &[])?;
            moved.push(Entry {
                name: at + RECORD_HEADER,
                name_length: length as u8,
                data,
                ..entry
            });
            position += record_size(length, entry.length);
        }
        let generation = self.generation.wrapping_add(1).max(1);
        self.write_header(target, generation)?;
        self.entries = moved;
        self.active = target;
        self.generation = generation;
        self.end = position;
        self.dirty = false;
        Ok(())
    }
}

/// Reads `entry`'s path into `buffer`.
fn entry_path<'b, S: Storage>(
    storage: &mut S,
    entry: &Entry,
    buffer: &'b mut NameBuffer,
) -> Result<&'b [u8], Error> {
    let path = &mut buffer[..usize::from(entry.name_length)];
    storage.read(entry.name, path)?;
    Ok(path)
}

/// The index of the entry named `path`.
fn find_in<S: Storage>(
    storage: &mut S,
    entries: &[Entry],
    path: &[u8],
) -> Result<Option<usize>, Error> {
    let mut buffer = [0u8; MAX_NAME];
    for (index, entry) in entries.iter().enumerate() {
        if usize::from(entry.name_length) == path.len()
            && entry_path(storage, entry, &mut buffer)? == path
        {
            return Ok(Some(index));
        }
    }
    Ok(None)
}

/// The parent of a path (the root's children have the root, empty, as parent).
fn parent_of(path: &[u8]) -> &[u8] {
    match path.iter().rposition(|&byte| byte == b'/') {
        Some(at) => &path[..at],
        None => &[],
    }
}

/// `entry`'s path after `rename` (`from` → `to`, with everything under `from`) in `new`;
/// returns its length.
fn renamed_path<S: Storage>(
    storage: &mut S,
    entry: &Entry,
    rename: Option<(&str, &str)>,
    old: &mut NameBuffer,
    new: &mut NameBuffer,
) -> Result<usize, Error> {
    let path = entry_path(storage, entry, old)?;
    let (cut, replacement) = match rename {
        Some((from, to))
            if path.starts_with(from.as_bytes())
                && (path.len() == from.len() || path[from.len()] == b'/') =>
        {
            (from.len(), to.as_bytes())
        }
        _ => (0, &[][..]),
    };
    let rest = &path[cut..];
    let length = replacement.len() + rest.len();
    if length > MAX_NAME {
        return Err(Error::NameTooLong);
    }
    new[..replacement.len()].copy_from_slice(replacement);
    new[replacement.len()..length].copy_from_slice(rest);
    Ok(length)
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
