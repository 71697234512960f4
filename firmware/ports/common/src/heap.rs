//! The global allocator: a TLSF heap (`tlsf.rs`) over the RAM regions the board hands over
//! at boot, wrapped in the runtime's counting allocator so the collector measures what each
//! block really costs the TLSF against its budget and raises `MemoryError` before the
//! allocator itself runs dry.

use core::sync::atomic::{AtomicUsize, Ordering};

use pyrite::alloc_counter::{self, CountingAllocator};

use crate::tlsf::{Tlsf, GRANULE, HEADER};

#[global_allocator]
static ALLOCATOR: CountingAllocator<Tlsf, GRANULE, HEADER> = CountingAllocator(Tlsf::empty());

static ARENA_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes of the arena kept outside Python's heap budget: console line buffers and raw-REPL
/// input that exist while Python's heap is full.
pub const SYSTEM_RESERVE: usize = 8 * 1024;

/// The emergency block the allocator holds back: when a fragmented arena cannot serve a
/// request, it is given back so the request succeeds, and the heap reads as full (so the
/// runtime raises `MemoryError`) until a collection takes it back.
pub const EMERGENCY_RESERVE: usize = 4 * 1024;

/// The budget counts each block's real cost (header and rounding included), so only
/// fragmentation separates a full budget from a full arena; the arena holds this fraction
/// (1/SLACK_DIVISOR) of the budget on top of it for that. Measured: the board suite and the
/// benchmarks run with it, and a heap filled every which way ends in MemoryError
/// (emulation/tests/heap_exhaustion.rs).
pub const SLACK_DIVISOR: usize = 16;

/// Arena bytes the compiler's scratch tree leaves free beyond the emergency block: it may use
/// the rest of the arena, Python's heap or not, since it is gone before the code runs. The
/// compiler checks usage between nodes and statements, not at every allocation: this is
/// the room for what it allocates between two checks.
const SCRATCH_MARGIN: usize = 8 * 1024;

/// Arena bytes outside Python's heap and its slack.
const FIXED: usize = SYSTEM_RESERVE + EMERGENCY_RESERVE;

/// The arena a Python heap of `python_heap` bytes needs.
pub const fn arena_for(python_heap: usize) -> usize {
    python_heap + python_heap / SLACK_DIVISOR + FIXED
}

/// The arena for a Python heap of `python_heap` bytes on a board with RAM to spare: a quarter
/// of the heap beyond it instead of a sixteenth, which the compiler's scratch tree may use
/// (compiling a 100-line function on mps2's 140 KiB heap needs it).
pub const fn roomy_arena_for(python_heap: usize) -> usize {
    python_heap + python_heap / 4 + FIXED
}

/// The Python heap an arena of `arena` bytes supports (inverse of `arena_for`).
pub const fn python_heap_for(arena: usize) -> usize {
    let usable = arena.saturating_sub(FIXED);
    usable * SLACK_DIVISOR / (SLACK_DIVISOR + 1)
}

/// The size `PYRITE_HEAP_SIZE` (decimal bytes, read at build time) asks for, or `default`.
pub const fn configured_size(from_environment: Option<&str>, default: usize) -> usize {
    let Some(text) = from_environment else {
        return default;
    };
    let digits = text.as_bytes();
    let mut value = 0usize;
    let mut index = 0;
    while index < digits.len() {
        let digit = digits[index];
        assert!(
            digit.is_ascii_digit(),
            "PYRITE_HEAP_SIZE must be decimal bytes"
        );
        value = value * 10 + (digit - b'0') as usize;
        index += 1;
    }
    value
}

/// A stretch of RAM the board gives the heap.
#[derive(Clone, Copy, Debug)]
pub struct Region {
    pub start: usize,
    pub bytes: usize,
}

/// Hands the board's RAM regions to the allocator; the arena is their sum. Call once, before
/// anything allocates.
///
/// # Safety
/// Each region must be valid RAM that nothing else uses, for the rest of the program, and
/// the regions must not overlap.
pub unsafe fn init(regions: &[Region]) {
    let mut arena = 0;
    for region in regions {
        // SAFETY: the caller guarantees the regions are unused, disjoint RAM.
        unsafe { ALLOCATOR.0.add_region(region.start, region.bytes) };
        arena += region.bytes;
    }
    ARENA_BYTES.store(arena, Ordering::Relaxed);
    alloc_counter::keep_reserve(EMERGENCY_RESERVE);
    alloc_counter::set_scratch_limit(arena.saturating_sub(EMERGENCY_RESERVE + SCRATCH_MARGIN));
}

/// Gives the allocator's quick lists back to its pools (`Port::settle_heap`).
pub fn settle() {
    ALLOCATOR.0.flush_quick_lists();
}

/// Bytes the allocator manages.
pub fn arena_bytes() -> usize {
    ARENA_BYTES.load(Ordering::Relaxed)
}

/// Python's heap budget within the arena.
pub fn python_heap_bytes() -> usize {
    python_heap_for(arena_bytes())
}
