//! `dict` storage: an insertion-ordered hash table keyed by Python values.
//!
//! Entries live in a vector in insertion order; deleted entries become holes (key NULL) that
//! are squeezed out when the table is rebuilt. Small tables (up to `LINEAR_MAX` entries, the
//! usual size of an instance's attributes) have no index and are scanned linearly: cheaper
//! in RAM and as fast. Key equality that needs Python code (`__eq__` of user classes) is
//! decided by the VM: the table only asks a caller-supplied predicate.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::gc::OutOfMemory;
use crate::value::Value;

const LINEAR_MAX: usize = 8;
const EMPTY: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: u32,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default, Debug)]
pub struct Dict {
    entries: Vec<Entry>,
    /// Open addressing over `entries` positions; empty when small. A boxed slice (one word
    /// less than a Vec in every dict, instance and class): it is only ever rebuilt whole.
    index: Box<[u32]>,
    len: usize,
    /// Changes whenever a key is added or removed (not when a value changes). Numbers come
    /// from one counter for all dicts, so two dicts never share a version: inline caches
    /// compare it to know a key is still absent.
    version: u32,
}

static NEXT_VERSION: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(1);

/// A key's hash as dicts and sets keep it, from its Python hash (`hash(key)`, folded to 32
/// bits): multiplied by 2^32/φ and its top half folded down, so that numbers, which hash to
/// themselves, spread over an index (as is, keys 0…n−1 would fill one block of slots that
/// every miss and re-insert inside it walks to the end, and keys `i << 20` one slot).
/// Invertible: a str's key hash is its text hash, and Python sees
/// [`unscramble`]`(text hash)` as `hash(s)`, so that the two agree for every key.
#[inline]
pub fn scramble(hash: u32) -> u32 {
    let mixed = hash.wrapping_mul(0x9E37_79B9);
    mixed ^ (mixed >> 16)
}

/// The Python hash whose [`scramble`] is `key_hash`.
pub fn unscramble(key_hash: u32) -> u32 {
    // (x ^ x >> 16 is its own inverse on 32 bits; 0x144C_BC89 is 0x9E37_79B9's inverse.)
    (key_hash ^ (key_hash >> 16)).wrapping_mul(0x144C_BC89)
}

fn fresh_version() -> u32 {
    NEXT_VERSION.fetch_add(1, core::sync::atomic::Ordering::Relaxed)
}

/// A candidate whose equality only Python code can decide.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Pending {
    /// Entry position of the candidate.
    pub position: usize,
    /// Pass to `find_from` to continue after this candidate.
    pub resume: usize,
}

/// The answer of an equality predicate that may need the VM.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum KeyMatch {
    Equal,
    Different,
    /// Only Python code (`__eq__`) can tell: the VM must decide for this entry position.
    NeedsCall,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut dict = Dict {
            entries: Vec::with_capacity(n),
            index: Box::default(),
            len: 0,
            version: fresh_version(),
        };
        if n > LINEAR_MAX {
            dict.index = alloc::vec![EMPTY; (n * 2).next_power_of_two()].into_boxed_slice();
        }
        dict
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of the entry whose key matches, scanning candidates with equal hash.
    /// `eq(entry_key)` decides; `NeedsCall` stops the search and reports the candidate so the
    /// VM can run `__eq__` and, if that says "different", continue with `find_from`.
    #[inline]
    pub fn find(
        &self,
        hash: u32,
        eq: impl FnMut(Value) -> KeyMatch,
    ) -> Result<Option<usize>, Pending> {
        self.find_from(hash, 0, eq)
    }

    /// As `find`, skipping the first `skip` candidates in probe order (`Pending::resume`).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn find_from(
        &self,
        hash: u32,
        skip: usize,
        mut eq: impl FnMut(Value) -> KeyMatch,
    ) -> Result<Option<usize>, Pending> {
        if self.index.is_empty() {
            for (position, entry) in self.entries.iter().enumerate().skip(skip) {
                if entry.hash == hash && !entry.key.is_null() {
                    match eq(entry.key) {
                        KeyMatch::Equal => return Ok(Some(position)),
                        KeyMatch::Different => {}
                        KeyMatch::NeedsCall => {
                            return Err(Pending {
                                position,
                                resume: position + 1,
                            })
                        }
                    }
                }
            }
            return Ok(None);
        }
        let mask = self.index.len() - 1;
        let mut slot = hash as usize & mask;
        let mut probe = 0usize;
        loop {
            let position = self.index[slot];
            if position == EMPTY {
                return Ok(None);
            }
            let entry = &self.entries[position as usize];
            if probe >= skip && entry.hash == hash && !entry.key.is_null() {
                match eq(entry.key) {
                    KeyMatch::Equal => return Ok(Some(position as usize)),
                    KeyMatch::Different => {}
                    KeyMatch::NeedsCall => {
                        return Err(Pending {
                            position: position as usize,
                            resume: probe + 1,
                        })
                    }
                }
            }
            probe += 1;
            slot = (slot + 1) & mask;
        }
    }

    /// See the field: changes when the set of keys changes.
    #[inline]
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The entry at `position` if there is one (a hint from an inline cache may be stale).
    #[inline]
    pub fn entry_at(&self, position: usize) -> Option<&Entry> {
        self.entries.get(position)
    }

    #[inline]
    pub fn entry(&self, position: usize) -> &Entry {
        &self.entries[position]
    }

    #[inline]
    pub fn set_value_at(&mut self, position: usize, value: Value) {
        self.entries[position].value = value;
    }

    /// Sets the value of the entry at `position` if its key is still `key` (an inline
    /// cache's remembered position); false when it is not.
    #[inline]
    pub fn replace_at(&mut self, position: usize, key: Value, value: Value) -> bool {
        match self.entries.get_mut(position) {
            Some(entry) if entry.key == key => {
                entry.value = value;
                true
            }
            _ => false,
        }
    }

    /// Appends a new key (the caller checked it is absent).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn insert_new(&mut self, hash: u32, key: Value, value: Value) {
        self.squeeze_if_full_of_holes();
        self.version = fresh_version();
        if self.index.is_empty() {
            if self.entries.len() >= LINEAR_MAX {
                if self.len < self.entries.len() {
                    self.compact();
                }
                if self.entries.len() >= LINEAR_MAX {
                    self.entries.push(Entry { hash, key, value });
                    self.len += 1;
                    self.rebuild((self.entries.len() * 2).next_power_of_two().max(16));
                    return;
                }
            }
            self.entries.push(Entry { hash, key, value });
            self.len += 1;
            return;
        }
        if (self.entries.len() + 1) * 3 > self.index.len() * 2 {
            self.rebuild(((self.len + 1) * 2).next_power_of_two().max(16));
        }
        let position = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        let mask = self.index.len() - 1;
        let mut slot = hash as usize & mask;
        while self.index[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = position;
    }

    /// Removes the entry at `position`, returning it.
    pub fn remove_at(&mut self, position: usize) -> Entry {
        self.version = fresh_version();
        let entry = self.entries[position];
        let front = self.front();
        self.entries[position].key = Value::NULL;
        self.entries[position].value = Value::NULL;
        if position == front {
            // The first live entry went: the holes at the front now reach past it.
            self.entries[0].value = Value::small_int(position as isize + 1);
        }
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        } else if self.entries.len() > 16 && self.len * 4 < self.entries.len() {
            self.compact();
            let capacity = if self.len > LINEAR_MAX {
                (self.len * 2).next_power_of_two().max(16)
            } else {
                0
            };
            self.rebuild(capacity);
        }
        entry
    }

    /// When the entry vector is full and at least an eighth of it is holes (deleted keys),
    /// squeezes the holes out in place instead of letting the next insert double it: a dict
    /// with churn stays the size of its live keys.
    fn squeeze_if_full_of_holes(&mut self) {
        let holes = self.entries.len() - self.len;
        if self.entries.len() == self.entries.capacity() && holes > 0 && holes * 8 >= self.len {
            self.squeeze();
        }
    }

    #[cold]
    #[inline(never)]
    fn squeeze(&mut self) {
        if self.index.is_empty() {
            self.compact();
        } else {
            // Same capacity: the index is refilled in place, nothing is allocated.
            self.rebuild(self.index.len());
        }
    }

    fn compact(&mut self) {
        self.entries.retain(|entry| !entry.key.is_null());
    }

    /// The index capacity the next `insert_new` rebuilds to, if it rebuilds.
    fn index_growth(&self) -> Option<usize> {
        if self.index.is_empty() {
            (self.len >= LINEAR_MAX).then(|| ((self.len + 1) * 2).next_power_of_two().max(16))
        } else if (self.entries.len() + 1) * 3 > self.index.len() * 2 {
            Some(((self.len + 1) * 2).next_power_of_two().max(16))
        } else {
            None
        }
    }

    /// `insert_new` for inserts Python code drives: storage growth must fit in `room` bytes
    /// and is allocated fallibly, so a full or fragmented heap is an error here (the caller
    /// raises MemoryError), never an abort inside the insert. Nothing changes on error.
    #[inline]
    pub fn try_insert_new(
        &mut self,
        hash: u32,
        key: Value,
        value: Value,
        room: usize,
    ) -> Result<(), OutOfMemory> {
        self.squeeze_if_full_of_holes();
        if self.insert_grows() {
            self.make_room(room)?;
        }
        self.insert_new(hash, key, value);
        Ok(())
    }

    /// True when the next `insert_new` allocates (its entries or its index grow).
    #[inline]
    pub fn insert_grows(&self) -> bool {
        self.entries.len() == self.entries.capacity()
            || if self.index.is_empty() {
                self.len >= LINEAR_MAX
            } else {
                (self.entries.len() + 1) * 3 > self.index.len() * 2
            }
    }

    #[cold]
    fn make_room(&mut self, room: usize) -> Result<(), OutOfMemory> {
        if self.insert_growth_bytes() > room {
            return Err(OutOfMemory);
        }
        self.try_reserve_insert()
    }

    /// Bytes the next `insert_new` may allocate (for the heap budget check before it).
    pub fn insert_growth_bytes(&self) -> usize {
        let entries = if self.entries.len() == self.entries.capacity() {
            (self.entries.capacity() * 2).max(4) * core::mem::size_of::<Entry>()
        } else {
            0
        };
        entries + self.index_growth().unwrap_or(0) * 4
    }

    /// Makes room for one `insert_new` with fallible allocations, so a fragmented heap fails
    /// here (the caller raises MemoryError) instead of aborting inside the insert.
    fn try_reserve_insert(&mut self) -> Result<(), OutOfMemory> {
        self.entries.try_reserve(1).map_err(|_| OutOfMemory)?;
        if let Some(capacity) = self.index_growth() {
            let mut index = Vec::new();
            index.try_reserve_exact(capacity).map_err(|_| OutOfMemory)?;
            index.resize(capacity, EMPTY);
            self.rebuild_into(index.into_boxed_slice());
        }
        Ok(())
    }

    fn rebuild(&mut self, capacity: usize) {
        let index = if capacity == self.index.len() {
            let mut index = core::mem::take(&mut self.index);
            index.fill(EMPTY);
            index
        } else {
            alloc::vec![EMPTY; capacity].into_boxed_slice()
        };
        self.rebuild_into(index);
    }

    /// Rebuilds the index in `index` (all EMPTY; its length a power of two, or 0).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn rebuild_into(&mut self, index: Box<[u32]>) {
        self.version = fresh_version();
        if self.len < self.entries.len() {
            self.compact();
        }
        let capacity = index.len();
        self.index = index;
        if capacity == 0 {
            return;
        }
        let mask = capacity - 1;
        for (position, entry) in self.entries.iter().enumerate() {
            let mut slot = entry.hash as usize & mask;
            while self.index[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.index[slot] = position as u32;
        }
    }

    /// Gives spare capacity back: entries exactly as many as live, the index as small as its
    /// load limit allows (for the built-in classes' and modules' dicts, built once at boot).
    pub fn shrink_to_fit(&mut self) {
        if self.len < self.entries.len() {
            self.compact();
        }
        self.entries.shrink_to_fit();
        if !self.index.is_empty() {
            // Insertion rebuilds above a load of 2/3; stay just under it.
            let capacity = (self.len * 3 / 2 + 1).next_power_of_two().max(16);
            if capacity < self.index.len() {
                self.rebuild(capacity);
            }
        }
    }

    pub fn clear(&mut self) {
        self.version = fresh_version();
        self.entries.clear();
        self.index = Box::default();
        self.len = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|entry| !entry.key.is_null())
    }

    /// Where a walk from the front may start: a hole at position 0 keeps in its value the
    /// position before which every entry is a hole, so that draining from the front
    /// (`set.pop()`, `OrderedDict.popitem(last=False)`) does not walk ever more holes.
    fn front(&self) -> usize {
        match self.entries.first() {
            Some(entry) if entry.key.is_null() => {
                entry.value.as_small_int().map_or(0, |n| n as usize)
            }
            _ => 0,
        }
    }

    /// The entry at insertion-order slot `slot` (holes included), for iterators that must
    /// survive the dict changing: returns the next live entry at or after `slot`.
    pub fn next_live(&self, slot: usize) -> Option<(usize, &Entry)> {
        let mut slot = slot.max(self.front());
        while slot < self.entries.len() {
            let entry = &self.entries[slot];
            if !entry.key.is_null() {
                return Some((slot, entry));
            }
            slot += 1;
        }
        None
    }

    /// Removes and returns the first live entry (`set.pop`: CPython's takes the first of
    /// its table: the set puts its entries in that order first).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let (position, _) = self.next_live(0)?;
        Some(self.remove_at(position))
    }

    /// Removes and returns the last live entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let position = self
            .entries
            .iter()
            .rposition(|entry| !entry.key.is_null())?;
        let entry = self.remove_at(position);
        // Drop trailing holes so repeated pops stay O(1).
        while self.entries.last().is_some_and(|entry| entry.key.is_null()) {
            self.entries.pop();
        }
        if self.index.is_empty() || self.len <= LINEAR_MAX {
            let capacity = if self.len > LINEAR_MAX {
                self.index.len()
            } else {
                0
            };
            self.rebuild(capacity);
        }
        Some(entry)
    }

    /// Every value the dict holds, for the collector.
    pub fn trace(&self, mut mark: impl FnMut(Value)) {
        for entry in &self.entries {
            if !entry.key.is_null() {
                mark(entry.key);
                mark(entry.value);
            }
        }
    }

    /// Approximate bytes of storage (for `sys.getsizeof`-style reports).
    pub fn storage_bytes(&self) -> usize {
        self.entries.capacity() * core::mem::size_of::<Entry>() + self.index.len() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(key: Value) -> impl FnMut(Value) -> KeyMatch {
        move |k| {
            if k == key {
                KeyMatch::Equal
            } else {
                KeyMatch::Different
            }
        }
    }

    #[test]
    fn insert_find_remove_many() {
        let mut dict = Dict::new();
        for i in 0..1000isize {
            let key = Value::small_int(i);
            assert_eq!(dict.find(i as u32 % 7, identity(key)), Ok(None));
            dict.insert_new(i as u32 % 7, key, Value::small_int(i * 2));
        }
        assert_eq!(dict.len(), 1000);
        for i in (0..1000isize).step_by(3) {
            let key = Value::small_int(i);
            let position = dict.find(i as u32 % 7, identity(key)).unwrap().unwrap();
            assert_eq!(dict.entry(position).value, Value::small_int(i * 2));
            dict.remove_at(position);
        }
        for i in 0..1000isize {
            let key = Value::small_int(i);
            let found = dict.find(i as u32 % 7, identity(key)).unwrap();
            assert_eq!(found.is_some(), i % 3 != 0);
        }
        let order: Vec<isize> = dict.iter().map(|e| e.key.as_small_int().unwrap()).collect();
        let expected: Vec<isize> = (0..1000).filter(|i| i % 3 != 0).collect();
        assert_eq!(order, expected);
        while dict.pop_last().is_some() {}
        assert!(dict.is_empty());
    }

    /// Draining from the front starts each walk past the holes already left there.
    #[test]
    fn front_holes_are_skipped() {
        let mut dict = Dict::new();
        for i in 0..1000isize {
            dict.insert_new(scramble(i as u32), Value::small_int(i), Value::NONE);
        }
        for i in 0..600isize {
            assert_eq!(dict.front(), i as usize);
            assert_eq!(dict.pop_first().unwrap().key, Value::small_int(i));
        }
        // A removal elsewhere leaves the front as it is; the next live entry is still found.
        let position = dict
            .find(scramble(601), identity(Value::small_int(601)))
            .unwrap()
            .unwrap();
        dict.remove_at(position);
        assert_eq!(
            dict.next_live(0).map(|(_, e)| e.key),
            Some(Value::small_int(600))
        );
        assert_eq!(dict.pop_first().unwrap().key, Value::small_int(600));
        assert_eq!(dict.pop_first().unwrap().key, Value::small_int(602));
        assert_eq!(dict.len(), 397);
        assert_eq!(dict.iter().count(), 397);
    }

    /// Slots a probe for `hash` visits before it meets an empty one.
    fn probe_length(dict: &Dict, hash: u32) -> usize {
        let mask = dict.index.len() - 1;
        let mut slot = hash as usize & mask;
        let mut length = 1;
        while dict.index[slot] != EMPTY {
            slot = (slot + 1) & mask;
            length += 1;
        }
        length
    }

    /// Consecutive ints (which hash to themselves) must not fill one block of slots: a miss
    /// or a re-insert inside it would walk the whole block (each O(n), session 26's hunt).
    #[test]
    fn consecutive_hashes_keep_probes_short() {
        let mut dict = Dict::new();
        for i in 0..4096isize {
            dict.insert_new(scramble(i as u32), Value::small_int(i), Value::NONE);
        }
        // As with random hashes (unscrambled: 4096 or, for the shifted keys, one slot).
        let misses: usize = (0..4096u32)
            .map(|i| probe_length(&dict, scramble((i * 7919 + 1) << 20)))
            .sum();
        assert!(misses < 4 * 4096, "misses probe {misses} slots");
        // Delete and re-insert each key (the LRU pattern): probes stay short.
        let mut reinserts = 0;
        for i in 0..4096isize {
            let (key, hash) = (Value::small_int(i), scramble(i as u32));
            let position = dict.find(hash, identity(key)).unwrap().unwrap();
            dict.remove_at(position);
            dict.insert_new(hash, key, Value::NONE);
            reinserts += probe_length(&dict, hash);
        }
        assert!(reinserts < 8 * 4096, "re-inserts probe {reinserts} slots");
        for hash in [0, 1, 0x9E37_79B9, u32::MAX] {
            assert_eq!(unscramble(scramble(hash)), hash);
            assert_eq!(scramble(unscramble(hash)), hash);
        }
        assert_eq!(dict.len(), 4096);
    }
}
