//! A counting wrapper for a port's global allocator: how the heap budget is measured.
//!
//! Every byte the runtime owns (objects, their vectors and strings, the compiler's scratch
//! tree) comes from the global allocator. A port wraps its allocator in `CountingAllocator`
//! so the collector can compare the bytes in use against the heap size, run collections when
//! it grows, and raise `MemoryError` at the limit instead of letting the allocator fail.
//!
//! A board counts what each block really costs its allocator (header and rounding, see
//! `CountingAllocator`), and keeps an emergency block (`keep_reserve`): when the allocator
//! cannot serve a request (a fragmented arena), the block is given back and the request
//! retried, and the heap reads as full until a collection can take the block again, so the
//! runtime raises `MemoryError` instead of the board stopping on a failed allocation.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Added to the count while the emergency block is spent: every budget check then fails
/// (larger than any heap a port sets, small enough that sums cannot overflow).
const SHORT_DEBT: usize = 1 << 30;

/// The emergency block while it is held (null when spent or never taken).
static RESERVE: AtomicPtr<u8> = AtomicPtr::new(ptr::null_mut());
/// Its size in bytes (0: the port keeps none).
static RESERVE_BYTES: AtomicUsize = AtomicUsize::new(0);
/// True while the block is spent and `SHORT_DEBT` is counted.
static SHORT: AtomicBool = AtomicBool::new(false);
/// Times the allocator ran dry and the emergency block was given back.
static RUNS_DRY: AtomicUsize = AtomicUsize::new(0);

/// Usage up to which compiling may go (0: the runtime's default, see `Vm::compile_source`).
static SCRATCH_LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Lets the compiler's scratch tree take usage up to `bytes` (a board: most of its arena,
/// beyond Python's heap, since the tree is freed before the code runs).
pub fn set_scratch_limit(bytes: usize) {
    SCRATCH_LIMIT.store(bytes, Ordering::Relaxed);
}

/// What `set_scratch_limit` set (0 if nothing).
pub fn scratch_limit() -> usize {
    SCRATCH_LIMIT.load(Ordering::Relaxed)
}

/// Bytes currently allocated through a `CountingAllocator` (0 if the port uses none); reads
/// as more than any heap while the allocator is short (see `keep_reserve`).
#[inline]
pub fn allocated() -> usize {
    ALLOCATED.load(Ordering::Relaxed)
}

/// Highest `allocated()` seen (outside shortages).
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts a new peak measurement from the current usage.
pub fn reset_peak() {
    PEAK.store(allocated() % SHORT_DEBT, Ordering::Relaxed);
}

/// Times the allocator has run dry since boot (each one was answered from the reserve).
pub fn times_run_dry() -> usize {
    RUNS_DRY.load(Ordering::Relaxed)
}

/// True while the allocator is short: the emergency block is spent and not yet taken back.
pub fn is_short() -> bool {
    SHORT.load(Ordering::Relaxed)
}

fn reserve_layout() -> Layout {
    // 8-byte alignment: never more than any allocator's natural block alignment.
    Layout::from_size_align(RESERVE_BYTES.load(Ordering::Relaxed), 8)
        .unwrap_or(Layout::new::<u64>())
}

/// True while `fits` probes: a failure then is an answer, not an emergency.
static PROBING: AtomicBool = AtomicBool::new(false);

/// True if the allocator can hand out one block of `bytes` now, without the emergency block
/// (probed: allocated and given back at once). Always true for a port that keeps no reserve.
/// Checked before big allocations that cannot fail gracefully, which a fragmented arena may
/// lack even when the budget has room.
pub fn fits(bytes: usize) -> bool {
    let Ok(layout) = Layout::from_size_align(bytes.max(1), 4) else {
        return false;
    };
    if RESERVE_BYTES.load(Ordering::Relaxed) == 0 {
        return true;
    }
    let peak = peak();
    PROBING.store(true, Ordering::Relaxed);
    // SAFETY: a non-zero size; the block is given back at once with the same layout.
    // `black_box`: the compiler may otherwise drop an allocation nobody uses and assume it
    // succeeded.
    let block = core::hint::black_box(unsafe { alloc::alloc::alloc(layout) });
    PROBING.store(false, Ordering::Relaxed);
    if block.is_null() {
        return false;
    }
    // SAFETY: allocated just above with `layout`.
    unsafe { alloc::alloc::dealloc(block, layout) };
    PEAK.store(peak, Ordering::Relaxed);
    true
}

/// The largest block the allocator can hand out now, to 16 bytes, found by probing (`fits`)
/// up to `limit`: what a fragmented arena still allows in one piece. `None` for a port that
/// keeps no reserve (the host, whose allocator does not run dry).
pub fn largest_block(limit: usize) -> Option<usize> {
    if RESERVE_BYTES.load(Ordering::Relaxed) == 0 {
        return None;
    }
    let (mut low, mut high) = (0, limit.saturating_add(1));
    while high - low > 16 {
        let middle = low + (high - low) / 2;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    Some(low)
}

/// Makes the allocator hold `bytes` back as an emergency block, outside the count. Call once
/// at boot, after the allocator is ready.
pub fn keep_reserve(bytes: usize) {
    RESERVE_BYTES.store(bytes, Ordering::Relaxed);
    take_reserve();
}

/// Takes the emergency block back if it is spent (the collector calls this after a sweep).
/// Returns false while the allocator is still short.
pub fn take_reserve() -> bool {
    let bytes = RESERVE_BYTES.load(Ordering::Relaxed);
    if bytes == 0 || !RESERVE.load(Ordering::Relaxed).is_null() {
        return true;
    }
    let (before, peak) = (allocated(), peak());
    // SAFETY: a non-zero size; the block is given back to the same allocator in `give_back`.
    let block = unsafe { alloc::alloc::alloc(reserve_layout()) };
    if block.is_null() {
        return false;
    }
    // The block is not Python's: take its cost (and the debt, if short) off the count.
    let cost = allocated() - before;
    let debt = if SHORT.swap(false, Ordering::Relaxed) {
        SHORT_DEBT
    } else {
        0
    };
    ALLOCATED.fetch_sub(cost + debt, Ordering::Relaxed);
    PEAK.store(peak, Ordering::Relaxed);
    RESERVE.store(block, Ordering::Relaxed);
    true
}

/// Makes room in `vector` for one more element, or says the allocator has none (where a plain
/// `push` would stop the program). The compiler's big vectors (statement lists, instructions)
/// grow this way: by a quarter (still amortised O(1)), not by doubling, whose spare room
/// was a third of a large function's instructions at the compile's peak.
pub fn room_for_one<T>(vector: &mut alloc::vec::Vec<T>) -> bool {
    vector.len() < vector.capacity()
        || vector.try_reserve_exact(vector.len() / 4 + 4).is_ok()
        || vector.try_reserve_exact(1).is_ok()
}

/// Wraps a global allocator and counts the bytes it spends. With the defaults the count is
/// the bytes requested; a port whose allocator rounds blocks up to `GRANULE` bytes (a power
/// of two) and puts a `HEADER`-byte header before each sets those, so the count is what a
/// block really costs: `round_up(size + max(HEADER, align), GRANULE)`.
pub struct CountingAllocator<A, const GRANULE: usize = 1, const HEADER: usize = 0>(pub A);

impl<A: GlobalAlloc, const GRANULE: usize, const HEADER: usize>
    CountingAllocator<A, GRANULE, HEADER>
{
    /// The bytes a block for `layout` takes from the arena.
    #[inline]
    pub const fn block_bytes(layout: Layout) -> usize {
        if GRANULE <= 1 {
            return layout.size();
        }
        // Alignment above the header's is met with padding of at most the alignment.
        let overhead = if layout.align() > HEADER {
            layout.align()
        } else {
            HEADER
        };
        (layout.size() + overhead + GRANULE - 1) & !(GRANULE - 1)
    }

    /// The allocator could not serve a request: gives the emergency block back (so a retry
    /// may succeed) and marks the heap full until a collection takes the block back. False
    /// when there was no block to give.
    #[cold]
    #[inline(never)]
    fn run_dry(&self) -> bool {
        if PROBING.load(Ordering::Relaxed) {
            return false;
        }
        let block = RESERVE.swap(ptr::null_mut(), Ordering::Relaxed);
        if block.is_null() {
            return false;
        }
        RUNS_DRY.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the block came from this allocator with `reserve_layout()` (`take_reserve`)
        // and nothing else holds it (it was swapped out above).
        unsafe { self.0.dealloc(block, reserve_layout()) };
        if !SHORT.swap(true, Ordering::Relaxed) {
            ALLOCATED.fetch_add(SHORT_DEBT, Ordering::Relaxed);
        }
        true
    }
}

// `inline`: built in the allocator's crate (for speed; this crate is built for size).
#[inline]
fn add(bytes: usize) {
    let now = ALLOCATED.fetch_add(bytes, Ordering::Relaxed) + bytes;
    if now > PEAK.load(Ordering::Relaxed) && now < SHORT_DEBT {
        PEAK.store(now, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to the wrapped allocator with the caller's arguments
// unchanged (after giving the emergency block back, which came from the same allocator), so
// the wrapped allocator's guarantees carry over; the counters are plain atomics.
unsafe impl<A: GlobalAlloc, const GRANULE: usize, const HEADER: usize> GlobalAlloc
    for CountingAllocator<A, GRANULE, HEADER>
{
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as-is; the caller upholds `GlobalAlloc::alloc`'s contract.
        let mut pointer = unsafe { self.0.alloc(layout) };
        if pointer.is_null() && self.run_dry() {
            // SAFETY: as above.
            pointer = unsafe { self.0.alloc(layout) };
        }
        if !pointer.is_null() {
            add(Self::block_bytes(layout));
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: forwarded as-is; `pointer` came from this allocator with this layout.
        unsafe { self.0.dealloc(pointer, layout) };
        ALLOCATED.fetch_sub(Self::block_bytes(layout), Ordering::Relaxed);
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as-is.
        let mut pointer = unsafe { self.0.alloc_zeroed(layout) };
        if pointer.is_null() && self.run_dry() {
            // SAFETY: as above.
            pointer = unsafe { self.0.alloc_zeroed(layout) };
        }
        if !pointer.is_null() {
            add(Self::block_bytes(layout));
        }
        pointer
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as-is; the caller upholds `GlobalAlloc::realloc`'s contract.
        let mut new_pointer = unsafe { self.0.realloc(pointer, layout, new_size) };
        if new_pointer.is_null() && self.run_dry() {
            // SAFETY: as above; a failed realloc left `pointer` valid.
            new_pointer = unsafe { self.0.realloc(pointer, layout, new_size) };
        }
        if !new_pointer.is_null() {
            ALLOCATED.fetch_sub(Self::block_bytes(layout), Ordering::Relaxed);
            // SAFETY: `realloc`'s contract makes this a valid layout.
            add(Self::block_bytes(unsafe {
                Layout::from_size_align_unchecked(new_size, layout.align())
            }));
        }
        new_pointer
    }
}
