//! The heap and its tracing collector (mark-sweep, no reference counting).
//!
//! Objects live in slots of fixed size, allocated in chunks so the table never has to move
//! (a moving table would need twice the RAM while it grows). A value refers to an object by
//! slot index. The collector marks from the roots the VM hands it (value stack, frames,
//! modules, pending exceptions) and frees every unmarked slot, so cycles are reclaimed.
//!
//! Collections run only at the VM's safe points, where every live value is reachable from a
//! root; allocation itself never collects. When usage would pass the heap size, allocation
//! fails and the VM raises `MemoryError`.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::obj::Obj;
use crate::value::Value;

const CHUNK_BITS: usize = 6;
const CHUNK: usize = 1 << CHUNK_BITS;
const NO_FREE: u32 = u32::MAX;

/// The heap would pass its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

pub struct Heap {
    /// Fixed-size chunks: indexing a slot inside one needs no bounds check. Boxed, so that
    /// growing the list never moves an object (and a chunk is one allocation of its own).
    #[allow(clippy::vec_box)]
    chunks: Vec<Box<[Obj; CHUNK]>>,
    marks: Vec<u64>,
    free_head: u32,
    live: usize,
    /// Bytes the heap may use.
    limit: usize,
    /// Collect at the next safe point once usage passes this.
    threshold: usize,
    /// Estimate of used bytes, for ports without a counting allocator.
    estimate: usize,
    pub enabled: bool,
    pub collections: usize,
    /// Bytes usage was at after the last collection.
    pub after_last_collection: usize,
    /// Set while `heap_lock()` is in effect (`micropython.heap_lock`).
    pub locked: bool,
}

fn initial_threshold(limit: usize) -> usize {
    (limit / 4).min(4 << 20)
}

/// When to collect next: after the live data doubles (at least `limit / 64` more), but
/// never later than half of the remaining room, so a full heap collects often.
fn next_threshold(live: usize, limit: usize) -> usize {
    let room = limit.saturating_sub(live);
    let growth = live.max(limit / 64).max(4096);
    live + growth.min(room / 2)
}

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            chunks: Vec::new(),
            marks: Vec::new(),
            free_head: NO_FREE,
            live: 0,
            limit,
            threshold: initial_threshold(limit),
            estimate: 0,
            enabled: true,
            collections: 0,
            after_last_collection: 0,
            locked: false,
        }
    }

    #[inline]
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Bytes in use now.
    #[inline]
    pub fn used(&self) -> usize {
        let counted = crate::alloc_counter::allocated();
        if counted > 0 {
            counted
        } else {
            self.estimate
        }
    }

    /// Every live object, mutably (for one-off passes such as trimming boot objects).
    pub fn objects_mut(&mut self) -> impl Iterator<Item = &mut Obj> + '_ {
        self.chunks
            .iter_mut()
            .flat_map(|chunk| chunk.iter_mut())
            .filter(|slot| !matches!(slot, Obj::Free(_)))
    }

    /// Object slots allocated (live and free).
    pub fn slot_count(&self) -> usize {
        self.chunks.len() * CHUNK
    }

    /// Number of live objects.
    pub fn live_objects(&self) -> usize {
        self.live
    }

    /// True when a safe point should run a collection.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.enabled && self.used() > self.threshold
    }

    /// Checks that `bytes` more can be allocated.
    #[inline]
    pub fn reserve(&self, bytes: usize) -> Result<(), OutOfMemory> {
        if self.locked || self.used().saturating_add(bytes) > self.limit {
            Err(OutOfMemory)
        } else {
            Ok(())
        }
    }

    /// Bytes that can still be allocated (0 while the heap is locked).
    #[inline]
    pub fn room(&self) -> usize {
        if self.locked {
            0
        } else {
            self.limit.saturating_sub(self.used())
        }
    }

    /// Puts `obj` in a free slot.
    pub fn alloc(&mut self, obj: Obj) -> Result<Value, OutOfMemory> {
        let extra = obj.extra_bytes();
        self.reserve(core::mem::size_of::<Obj>() + extra)?;
        if self.free_head == NO_FREE {
            self.grow()?;
        }
        let index = self.free_head as usize;
        let slot = &mut self.chunks[index >> CHUNK_BITS][index & (CHUNK - 1)];
        self.free_head = match slot {
            Obj::Free(next) => *next,
            _ => NO_FREE,
        };
        *slot = obj;
        self.live += 1;
        if self.live + CHUNK == self.chunks.len() * CHUNK {
            self.free_list_low();
        }
        self.estimate += core::mem::size_of::<Obj>() + extra;
        Ok(Value::heap(index))
    }

    /// One chunk's worth of free slots is left. Reused slots cost no new bytes, so the byte
    /// count alone never notices a loop that refills freed slots with garbage; if another
    /// chunk would not fit under the threshold, ask the next safe point to collect, so the
    /// free list is refilled before it runs dry at the heap's limit.
    #[cold]
    fn free_list_low(&mut self) {
        if self.used() + 2 * CHUNK * core::mem::size_of::<Obj>() > self.threshold {
            self.threshold = 0;
        }
    }

    fn grow(&mut self) -> Result<(), OutOfMemory> {
        self.reserve(CHUNK * core::mem::size_of::<Obj>() + 64)?;
        // Fallible all the way: a fragmented arena may lack the block even under the budget.
        let mut slots: Vec<Obj> = Vec::new();
        slots.try_reserve_exact(CHUNK).map_err(|_| OutOfMemory)?;
        self.chunks.try_reserve(1).map_err(|_| OutOfMemory)?;
        self.marks
            .try_reserve(CHUNK / 64)
            .map_err(|_| OutOfMemory)?;
        let first = (self.chunks.len() * CHUNK) as u32;
        slots.extend((0..CHUNK).map(|i| {
            if i + 1 < CHUNK {
                Obj::Free(first + i as u32 + 1)
            } else {
                Obj::Free(NO_FREE)
            }
        }));
        let chunk: Box<[Obj; CHUNK]> = slots
            .into_boxed_slice()
            .try_into()
            .map_err(|_| OutOfMemory)?;
        self.chunks.push(chunk);
        self.marks.resize(self.chunks.len() * CHUNK / 64, 0);
        self.free_head = first;
        self.free_list_low();
        Ok(())
    }

    #[inline(always)]
    pub fn get(&self, v: Value) -> &Obj {
        let index = v.raw() >> 2;
        &self.chunks[index >> CHUNK_BITS][index & (CHUNK - 1)]
    }

    #[inline(always)]
    pub fn get_mut(&mut self, v: Value) -> &mut Obj {
        let index = v.raw() >> 2;
        &mut self.chunks[index >> CHUNK_BITS][index & (CHUNK - 1)]
    }

    /// Marks everything reachable from `roots` and frees the rest. Returns bytes freed.
    pub fn collect(&mut self, roots: &mut dyn Iterator<Item = Value>) -> usize {
        let before = self.used();
        for word in self.marks.iter_mut() {
            *word = 0;
        }
        let mut pending: Vec<usize> = Vec::with_capacity(64);
        for root in roots {
            self.mark_value(root, &mut pending);
        }
        while let Some(index) = pending.pop() {
            let chunks = &self.chunks;
            let marks = &mut self.marks;
            let obj = &chunks[index >> CHUNK_BITS][index & (CHUNK - 1)];
            obj.trace(|child| {
                if let Some(child_index) = child.heap_index() {
                    let (word, bit) = (child_index / 64, 1u64 << (child_index % 64));
                    if marks[word] & bit == 0 {
                        marks[word] |= bit;
                        pending.push(child_index);
                    }
                }
            });
        }
        drop(pending);
        self.sweep();
        self.collections += 1;
        let after = self.used();
        self.after_last_collection = after;
        self.threshold = next_threshold(after, self.limit);
        before.saturating_sub(after)
    }

    fn mark_value(&mut self, v: Value, pending: &mut Vec<usize>) {
        if let Some(index) = v.heap_index() {
            let (word, bit) = (index / 64, 1u64 << (index % 64));
            if word < self.marks.len() && self.marks[word] & bit == 0 {
                self.marks[word] |= bit;
                pending.push(index);
            }
        }
    }

    fn sweep(&mut self) {
        // Rebuild the free list in ascending order so new objects fill low slots first.
        let mut next_free = NO_FREE;
        let mut estimate = 0usize;
        let mut live = 0usize;
        for index in (0..self.chunks.len() * CHUNK).rev() {
            let marked = self.marks[index / 64] & (1u64 << (index % 64)) != 0;
            let slot = &mut self.chunks[index >> CHUNK_BITS][index & (CHUNK - 1)];
            if marked {
                live += 1;
                estimate += core::mem::size_of::<Obj>() + slot.extra_bytes();
            } else {
                *slot = Obj::Free(next_free);
                next_free = index as u32;
            }
        }
        self.free_head = next_free;
        self.live = live;
        self.estimate = estimate;
    }

    /// Objects per kind (`Obj::KIND_NAMES` order): how many, and the bytes of their slots and
    /// owned buffers as `extra_bytes` estimates them (`micropython.mem_info(1)`).
    pub fn census(&self) -> [(usize, usize); Obj::KIND_NAMES.len()] {
        let mut census = [(0, 0); Obj::KIND_NAMES.len()];
        for slot in self.chunks.iter().flat_map(|chunk| chunk.iter()) {
            if !matches!(slot, Obj::Free(_)) {
                let entry = &mut census[slot.kind_index()];
                entry.0 += 1;
                entry.1 += core::mem::size_of::<Obj>() + slot.extra_bytes();
            }
        }
        census
    }

    /// Makes every object unreachable and frees it (soft reset).
    pub fn clear(&mut self) {
        self.chunks.clear();
        self.marks.clear();
        self.free_head = NO_FREE;
        self.live = 0;
        self.estimate = 0;
        self.threshold = initial_threshold(self.limit);
    }
}
