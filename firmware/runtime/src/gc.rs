//! The heap and its tracing collector (mark-sweep, no reference counting).
//!
//! Objects live in slots of fixed size, allocated in chunks so the table never has to move
//! (a moving table would need twice the RAM while it grows). A value refers to an object by
//! slot index. The collector marks from the roots the VM hands it (value stack, frames,
//! modules, pending exceptions) and frees every unmarked slot, so cycles are reclaimed.
//!
//! Collections run only at the VM's safe points, where every live value is reachable from a
//! root; allocation itself never collects. When usage would pass the heap size, allocation
//! fails and the VM raises `MemoryError`; so it does while the port's allocator is short
//! (`alloc_counter::keep_reserve`) until a collection ends the shortage.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::obj::{class_flags, GeneratorState, Obj};
use crate::value::Value;

mod chunks;

use chunks::{ChunkTable, CHUNK};

const NO_FREE: u32 = u32::MAX;
/// Reservations this big also ask the allocator for a block that size: a fragmented arena
/// may lack one under the budget, and big buffers are grown with allocations that cannot fail
/// gracefully.
pub(crate) const PROBED_BYTES: usize = 2048;

/// The heap would pass its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

pub struct Heap {
    /// Fixed-size chunks of slots (`chunks.rs`): indexing a slot inside one needs no bounds
    /// check, growing the table never moves an object, and an empty chunk goes back to the
    /// allocator wherever it is.
    chunks: ChunkTable,
    marks: Vec<u64>,
    free_head: u32,
    live: usize,
    /// Bytes the heap may use.
    limit: usize,
    /// Collect at the next safe point once usage passes this (a `Cell`: a failed budget check,
    /// which only reads the heap, asks for a collection).
    threshold: Cell<usize>,
    /// Estimate of used bytes, for ports without a counting allocator.
    estimate: usize,
    pub enabled: bool,
    pub collections: usize,
    /// Bytes usage was at after the last collection.
    pub after_last_collection: usize,
    /// The most usage was at after any collection: what the program really kept alive, unlike
    /// the high-water mark, which the collector's schedule (the heap's size) decides.
    pub live_peak: usize,
    /// Set while `heap_lock()` is in effect (`micropython.heap_lock`).
    pub locked: bool,
    /// Unreachable objects the last collection kept for their finalizer (`take_finalizable`).
    finalizable: Vec<Value>,
    /// Generators alive at the last sweep plus those made since (`note_generator`): without
    /// any, and without a class with `__del__`, a collection skips the search for finalizable
    /// objects.
    generators: usize,
    /// A class with `__del__` was made (`note_finalizer_class`).
    finalizer_classes: bool,
    /// Slots of the instances whose `__del__` was queued already (sorted; each runs once).
    finalized: Vec<u32>,
    /// Collect at every safe point (`Heap::set_stress`).
    stress: bool,
    /// Collections still to run at every safe point after a `MemoryError`, until one frees a
    /// sixteenth of the heap: the program may let go of what filled it only later (after its
    /// handler began), and the next built-in's allocation must find that garbage gone.
    pressure: Cell<u8>,
    /// MicroPython's `gc.threshold(amount)`: collect also once `amount` bytes more are in use
    /// than after the last collection.
    allocation_threshold: Option<usize>,
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

/// The collector's stack of marked objects whose children are still to be marked.
struct MarkStack {
    indices: Vec<usize>,
    /// An object was marked but found no room here.
    overflowed: bool,
}

/// Marks object `index` and queues it for tracing, unless it is marked already.
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn mark(marks: &mut [u64], pending: &mut MarkStack, index: usize) {
    let (word, bit) = (index / 64, 1u64 << (index % 64));
    if marks[word] & bit != 0 {
        return;
    }
    marks[word] |= bit;
    if pending.indices.len() < pending.indices.capacity() || pending.indices.try_reserve(1).is_ok()
    {
        pending.indices.push(index);
    } else {
        pending.overflowed = true;
    }
}

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            chunks: ChunkTable::new(),
            marks: Vec::new(),
            free_head: NO_FREE,
            live: 0,
            limit,
            threshold: Cell::new(initial_threshold(limit)),
            estimate: 0,
            enabled: true,
            collections: 0,
            after_last_collection: 0,
            live_peak: 0,
            locked: false,
            finalizable: Vec::new(),
            generators: 0,
            finalizer_classes: false,
            finalized: Vec::new(),
            stress: false,
            pressure: Cell::new(0),
            allocation_threshold: None,
        }
    }

    /// `gc.threshold()`: the extra collection trigger, if one is set.
    pub fn allocation_threshold(&self) -> Option<usize> {
        self.allocation_threshold
    }

    /// `gc.threshold(amount)` (None: `-1`, none): from now on, collect also once `amount`
    /// bytes more are in use than after the last collection.
    pub fn set_allocation_threshold(&mut self, amount: Option<usize>) {
        self.allocation_threshold = amount;
        if let Some(amount) = amount {
            let due = self.after_last_collection.saturating_add(amount);
            self.threshold.set(self.threshold.get().min(due));
        }
    }

    /// Collects at every safe point from now on (the host's `-X gc_stress`): a value that
    /// native code holds across a call into Python without rooting it is then freed at once,
    /// so the tests find it instead of a board under memory pressure.
    pub fn set_stress(&mut self, on: bool) {
        self.stress = on;
        if on {
            self.threshold.set(0);
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
            .slots_mut()
            .filter(|slot| !matches!(slot, Obj::Free(_)))
    }

    /// Object slots allocated (live and free).
    pub fn slot_count(&self) -> usize {
        self.chunks.present() * CHUNK
    }

    /// Number of live objects.
    pub fn live_objects(&self) -> usize {
        self.live
    }

    /// True when a safe point should run a collection.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.enabled && self.used() > self.threshold.get()
    }

    /// Checks that `bytes` more can be allocated.
    #[inline]
    pub fn reserve(&self, bytes: usize) -> Result<(), OutOfMemory> {
        if self.locked {
            Err(OutOfMemory)
        } else if self.used().saturating_add(bytes) > self.limit
            || (bytes >= PROBED_BYTES && !crate::alloc_counter::fits(bytes))
        {
            self.out_of_room()
        } else {
            Ok(())
        }
    }

    /// A failed budget check: the next safe point collects, so the garbage made since the
    /// last collection is reclaimed before the program's next attempt.
    #[cold]
    #[inline(never)]
    fn out_of_room(&self) -> Result<(), OutOfMemory> {
        self.collect_soon();
        Err(OutOfMemory)
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

    /// Makes the next safe point collect (after a `MemoryError`: the garbage made since the
    /// last collection is reclaimed before the program's next attempt).
    pub fn collect_soon(&self) {
        self.threshold.set(0);
    }

    /// Whether a `MemoryError` was raised and no collection since freed much (see `pressure`).
    #[inline]
    pub fn under_pressure(&self) -> bool {
        self.pressure.get() > 0
    }

    /// A `MemoryError` was raised: the next safe points collect, until a collection frees a
    /// sixteenth of the heap or sixteen have run (see `pressure`).
    pub fn raised_memory_error(&self) {
        self.collect_soon();
        self.pressure.set(16);
    }

    /// Puts `obj` in a free slot.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn alloc(&mut self, obj: Obj) -> Result<Value, OutOfMemory> {
        // The payload exists already: a counting allocator has it in `used()`, so only the slot
        // is new (counting the payload twice refused any object over half the free heap).
        let slot_bytes = core::mem::size_of::<Obj>();
        let bytes = if crate::alloc_counter::allocated() > 0 {
            slot_bytes
        } else {
            slot_bytes + obj.extra_bytes()
        };
        self.reserve(bytes)?;
        if self.free_head == NO_FREE {
            self.grow()?;
        }
        let index = self.free_head as usize;
        let slot = self.chunks.slot_mut(index);
        self.free_head = match slot {
            Obj::Free(next) => *next,
            _ => NO_FREE,
        };
        *slot = obj;
        self.live += 1;
        if self.live + CHUNK == self.chunks.present() * CHUNK {
            self.free_list_low();
        }
        self.estimate += bytes;
        Ok(Value::heap(index))
    }

    /// One chunk's worth of free slots is left. Reused slots cost no new bytes, so the byte
    /// count alone never notices a loop that refills freed slots with garbage; if another
    /// chunk would not fit under the threshold, ask the next safe point to collect, so the
    /// free list is refilled before it runs dry at the heap's limit.
    #[cold]
    fn free_list_low(&mut self) {
        if self.used() + 2 * CHUNK * core::mem::size_of::<Obj>() > self.threshold.get() {
            self.threshold.set(0);
        }
    }

    fn grow(&mut self) -> Result<(), OutOfMemory> {
        self.reserve(CHUNK * core::mem::size_of::<Obj>() + 64)?;
        // Fallible all the way: a fragmented arena may lack the block even under the budget.
        let mut slots: Vec<Obj> = Vec::new();
        slots.try_reserve_exact(CHUNK).map_err(|_| OutOfMemory)?;
        self.chunks.try_reserve()?;
        self.marks
            .try_reserve(CHUNK / 64)
            .map_err(|_| OutOfMemory)?;
        // The lowest entry a collection released, else a new one at the end.
        let number = self.chunks.next_number();
        let first = (number * CHUNK) as u32;
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
        self.chunks.insert(number, chunk);
        self.marks.resize(self.chunks.len() * CHUNK / 64, 0);
        self.free_head = first;
        self.free_list_low();
        Ok(())
    }

    #[inline(always)]
    pub fn get(&self, v: Value) -> &Obj {
        self.chunks.slot(v.raw() >> 2)
    }

    #[inline(always)]
    pub fn get_mut(&mut self, v: Value) -> &mut Obj {
        self.chunks.slot_mut(v.raw() >> 2)
    }

    /// Marks everything reachable from `roots` and frees the rest. Returns bytes freed.
    pub fn collect(&mut self, roots: &mut dyn Iterator<Item = Value>) -> usize {
        let before = self.used();
        for word in self.marks.iter_mut() {
            *word = 0;
        }
        // The mark stack grows fallibly: collecting must work on a full, fragmented heap.
        // Children that find no room stay marked but untraced; `retrace` finds them later.
        let mut pending = MarkStack {
            indices: Vec::new(),
            overflowed: false,
        };
        let _ = pending.indices.try_reserve(64);
        for root in roots {
            if let Some(index) = root.heap_index() {
                if index / 64 < self.marks.len() {
                    mark(&mut self.marks, &mut pending, index);
                }
            }
        }
        self.trace(&mut pending);
        if (self.generators > 0 || self.finalizer_classes)
            && self.resurrect_finalizable(&mut pending)
        {
            self.trace(&mut pending);
        }
        drop(pending);
        self.sweep();
        self.collections += 1;
        // After the allocator ran dry the heap reads as full until the emergency block can be
        // taken back; until then collect at every safe point.
        let refilled = crate::alloc_counter::take_reserve();
        let after = self.used();
        self.after_last_collection = after;
        self.live_peak = self.live_peak.max(after);
        let pressure = self.pressure.get();
        let pressed = pressure > 0 && before.saturating_sub(after) < self.limit / 16;
        self.pressure.set(if pressed { pressure - 1 } else { 0 });
        self.threshold.set(if refilled && !self.stress && !pressed {
            let due = self
                .allocation_threshold
                .map_or(usize::MAX, |a| after.saturating_add(a));
            next_threshold(after, self.limit).min(due)
        } else {
            0
        });
        before.saturating_sub(after)
    }

    /// Marks everything reachable from the queued objects.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn trace(&mut self, pending: &mut MarkStack) {
        loop {
            while let Some(index) = pending.indices.pop() {
                let obj = self.chunks.slot(index);
                let (marks, pending) = (&mut self.marks, &mut *pending);
                obj.trace(|child| {
                    if let Some(child_index) = child.heap_index() {
                        mark(marks, pending, child_index);
                    }
                });
            }
            if !core::mem::replace(&mut pending.overflowed, false) {
                break;
            }
            self.retrace(pending);
        }
    }

    /// Keeps, for one more cycle, each unreachable object with a finalizer to run and queues
    /// it in `finalizable`: a generator suspended inside a `try` (its `finally`, `except` or
    /// `with` exit would run on close), which the VM closes as CPython does when it frees one,
    /// and an instance of a class with `__del__`. True if any was kept.
    fn resurrect_finalizable(&mut self, pending: &mut MarkStack) -> bool {
        let mut kept = false;
        for index in 0..self.chunks.len() * CHUNK {
            let word = self.marks[index / 64];
            if word == u64::MAX || word & (1u64 << (index % 64)) != 0 {
                continue;
            }
            if !self.wants_finalizer(index) {
                continue;
            }
            // No room to queue it: it is freed unfinalized, as before finalizers existed.
            if !self.note_finalized(index) {
                break;
            }
            mark(&mut self.marks, pending, index);
            kept = true;
        }
        kept
    }

    /// Whether the object in slot `index` has a finalizer that has not run yet.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn wants_finalizer(&self, index: usize) -> bool {
        match self.chunks.slot(index) {
            Obj::Generator(generator) => {
                !generator.finalized
                    && generator.state == GeneratorState::Suspended
                    && !generator.blocks.is_empty()
            }
            Obj::Instance(instance) if self.finalizer_classes => {
                let has_del = match instance.class.heap_index() {
                    Some(class) => matches!(
                        self.chunks.slot(class),
                        Obj::Class(c) if c.flags & class_flags::HAS_DEL != 0
                    ),
                    None => false,
                };
                has_del && self.finalized.binary_search(&(index as u32)).is_err()
            }
            _ => false,
        }
    }

    /// Queues slot `index` in `finalizable` and records that its finalizer ran (so it runs
    /// once). False if there was no room to.
    fn note_finalized(&mut self, index: usize) -> bool {
        if self.finalizable.try_reserve(1).is_err() {
            return false;
        }
        if let Obj::Generator(generator) = self.chunks.slot_mut(index) {
            generator.finalized = true;
        } else {
            let Err(at) = self.finalized.binary_search(&(index as u32)) else {
                return false;
            };
            if self.finalized.try_reserve(1).is_err() {
                return false;
            }
            self.finalized.insert(at, index as u32);
        }
        self.finalizable.push(Value::heap(index));
        true
    }

    /// Every live object with a finalizer still to run, marked as run (a soft reset or the end
    /// of the program finalizes what is left, as CPython does at exit).
    pub fn finalizable_at_exit(&mut self) -> Vec<Value> {
        if self.generators > 0 || self.finalizer_classes {
            for index in 0..self.chunks.len() * CHUNK {
                if self.wants_finalizer(index) && !self.note_finalized(index) {
                    break;
                }
            }
        }
        self.take_finalizable()
    }

    /// Notes that a class with `__del__` exists (see `finalizer_classes`).
    pub fn note_finalizer_class(&mut self) {
        self.finalizer_classes = true;
    }

    /// Counts a new generator object (see `generators`).
    #[inline]
    pub fn note_generator(&mut self) {
        self.generators += 1;
    }

    /// The objects the last collections kept for their finalizers; the caller must keep
    /// them reachable until it has run them.
    pub fn take_finalizable(&mut self) -> Vec<Value> {
        core::mem::take(&mut self.finalizable)
    }

    /// After the mark stack overflowed: queues the unmarked children of every marked object
    /// (the children the stack had no room for are among them).
    #[cold]
    #[inline(never)]
    fn retrace(&mut self, pending: &mut MarkStack) {
        for index in 0..self.chunks.len() * CHUNK {
            if self.marks[index / 64] & (1u64 << (index % 64)) == 0 {
                continue;
            }
            let obj = self.chunks.slot(index);
            let marks = &mut self.marks;
            obj.trace(|child| {
                if let Some(child_index) = child.heap_index() {
                    mark(marks, pending, child_index);
                }
            });
        }
    }

    fn sweep(&mut self) {
        // Chunks left empty go back to the allocator wherever they are, so a burst of
        // short-lived objects does not keep its slots for good. As many empty chunks stay as
        // there are chunks in use, up to a sixteenth of the heap (at least one): their free
        // slots take the next objects without new bytes, which keeps collections as rare as
        // when every chunk stayed (with a single spare, Pystone ran 14% more collections and
        // 1.2% slower). One mark word per chunk: a chunk is empty when its word is.
        const _: () = assert!(CHUNK == 64);
        let in_use_chunks = self.marks.iter().filter(|word| **word != 0).count();
        let most = self.limit / 16 / (CHUNK * core::mem::size_of::<Obj>());
        let mut spares = in_use_chunks.min(most).max(1);
        for number in 0..self.chunks.len() {
            if self.marks[number] == 0 && self.chunks.is_present(number) {
                if spares == 0 && self.chunks.release(number) {
                    continue;
                }
                spares = spares.saturating_sub(1);
            }
        }
        let in_use = (0..self.chunks.len())
            .rposition(|number| self.chunks.is_present(number))
            .map_or(0, |last| last + 1);
        self.chunks.truncate(in_use);
        self.marks.truncate(in_use);
        // Rebuild the free list in ascending order so new objects fill low slots first.
        let mut next_free = NO_FREE;
        let mut estimate = 0usize;
        let mut live = 0usize;
        let mut generators = 0usize;
        for number in (0..self.chunks.len()).rev() {
            let word = self.marks[number];
            let Some(chunk) = self.chunks.chunk_mut(number) else {
                continue;
            };
            for offset in (0..CHUNK).rev() {
                let slot = &mut chunk[offset];
                if word & (1u64 << offset) != 0 {
                    live += 1;
                    generators += usize::from(matches!(slot, Obj::Generator(_)));
                    estimate += core::mem::size_of::<Obj>() + slot.extra_bytes();
                } else {
                    *slot = Obj::Free(next_free);
                    next_free = (number * CHUNK + offset) as u32;
                }
            }
        }
        self.free_head = next_free;
        self.live = live;
        self.generators = generators;
        let marks = &self.marks;
        self.finalized.retain(|&index| {
            let word = marks.get(index as usize / 64).copied().unwrap_or(0);
            word & (1u64 << (index % 64)) != 0
        });
        self.estimate = estimate;
    }

    /// Every class on the heap, reachable or not yet collected (`type.__subclasses__`).
    pub fn classes(&self) -> impl Iterator<Item = Value> + '_ {
        (0..self.chunks.len())
            .filter_map(|number| Some((number, self.chunks.chunk(number)?)))
            .flat_map(|(number, chunk)| {
                chunk
                    .iter()
                    .enumerate()
                    .filter(|(_, slot)| matches!(slot, Obj::Class(_)))
                    .map(move |(index, _)| Value::heap(number * CHUNK + index))
            })
    }

    /// Objects per kind (`Obj::KIND_NAMES` order): how many, and the bytes of their slots and
    /// owned buffers as `extra_bytes` estimates them (`micropython.mem_info(1)`).
    pub fn census(&self) -> [(usize, usize); Obj::KIND_NAMES.len()] {
        let mut census = [(0, 0); Obj::KIND_NAMES.len()];
        let chunks = (0..self.chunks.len()).filter_map(|number| self.chunks.chunk(number));
        for slot in chunks.flat_map(|chunk| chunk.iter()) {
            if !matches!(slot, Obj::Free(_)) {
                let entry = &mut census[slot.kind_index()];
                entry.0 += 1;
                entry.1 += core::mem::size_of::<Obj>() + slot.extra_bytes();
            }
        }
        census
    }

    /// Makes every object unreachable and frees it, and the tables about them (soft reset:
    /// emptied but kept, they would sit wherever they last grew while the next VM is made).
    pub fn clear(&mut self) {
        self.finalizable = Vec::new();
        self.generators = 0;
        self.finalizer_classes = false;
        self.finalized = Vec::new();
        self.chunks.clear();
        self.marks = Vec::new();
        self.free_head = NO_FREE;
        self.live = 0;
        self.estimate = 0;
        self.threshold.set(initial_threshold(self.limit));
        self.allocation_threshold = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_garbage_gives_its_chunks_back_though_a_survivor_sits_on_top() {
        let mut heap = Heap::new(1 << 20);
        let burst: Vec<Value> = (0..10 * CHUNK)
            .map(|i| heap.alloc(Obj::Float(i as f64)).unwrap())
            .collect();
        assert_eq!(heap.slot_count(), 10 * CHUNK);
        // The newest object survives, in the top chunk; the nine below it are empty.
        let survivor = burst[10 * CHUNK - 1];
        heap.collect(&mut core::iter::once(survivor));
        assert_eq!(
            heap.slot_count(),
            2 * CHUNK,
            "one spare and the survivor's chunk"
        );
        assert!(matches!(heap.get(survivor), Obj::Float(f) if *f == (10 * CHUNK - 1) as f64));
        // A slot of a released chunk reads as free.
        assert!(matches!(heap.get(Value::heap(5 * CHUNK)), Obj::Free(_)));
        // New objects fill the spare and the survivor's chunk, then the released entries,
        // lowest first: the table does not grow.
        let fresh: Vec<Value> = (0..3 * CHUNK)
            .map(|i| heap.alloc(Obj::Float(-(i as f64))).unwrap())
            .collect();
        assert_eq!(heap.slot_count(), 4 * CHUNK);
        assert_eq!(heap.chunks.len(), 10);
        assert!(fresh.iter().all(|v| v.heap_index().unwrap() < 10 * CHUNK));
        assert!(matches!(heap.get(fresh[0]), Obj::Float(f) if *f == 0.0));
        // Nothing reachable: one spare chunk stays, the table shrinks to it.
        heap.collect(&mut core::iter::empty());
        assert_eq!(heap.slot_count(), CHUNK);
        assert_eq!(heap.chunks.len(), 1);
        assert_eq!(heap.live_objects(), 0);
        heap.clear();
        assert_eq!(heap.slot_count(), 0);
    }
}
