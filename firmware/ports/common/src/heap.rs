//! The global allocator: a TLSF heap (constant-time allocate/free, which the collector's many
//! small objects need) over a RAM region the board hands over at boot, wrapped in the
//! runtime's counting allocator so the collector measures real usage against its budget and
//! raises `MemoryError` before the allocator itself runs dry.

use core::sync::atomic::{AtomicUsize, Ordering};

use embedded_alloc::TlsfHeap;
use pyrite::alloc_counter::CountingAllocator;

#[global_allocator]
static ALLOCATOR: CountingAllocator<TlsfHeap> = CountingAllocator(TlsfHeap::empty());

static ARENA_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes of the arena kept outside Python's heap budget: console line buffers and raw-REPL
/// input that exist while Python's heap is full.
pub const SYSTEM_RESERVE: usize = 8 * 1024;

/// The budget counts requested bytes; the allocator also spends block headers, size-class
/// rounding and fragmentation. The arena holds this fraction (1/OVERHEAD_DIVISOR) on top of
/// the budget. Measured: with 1/8, Pystone and most of the suite ran the TLSF arena dry
/// (an allocation failure stops the board) while the budget still had room; with 1/2 they run.
pub const OVERHEAD_DIVISOR: usize = 2;

/// The arena a Python heap of `python_heap` bytes needs.
pub const fn arena_for(python_heap: usize) -> usize {
    python_heap + python_heap / OVERHEAD_DIVISOR + SYSTEM_RESERVE
}

/// The Python heap an arena of `arena` bytes supports (inverse of `arena_for`).
pub const fn python_heap_for(arena: usize) -> usize {
    let usable = arena.saturating_sub(SYSTEM_RESERVE);
    usable * OVERHEAD_DIVISOR / (OVERHEAD_DIVISOR + 1)
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

/// Hands `size` bytes at `start` to the allocator. Call once, before anything allocates.
///
/// # Safety
/// The region must be valid RAM that nothing else uses, for the rest of the program.
pub unsafe fn init(start: usize, size: usize) {
    ARENA_BYTES.store(size, Ordering::Relaxed);
    // SAFETY: the caller guarantees the region is unused RAM; called once at boot.
    unsafe { ALLOCATOR.0.init(start, size) }
}

/// Bytes the allocator manages.
pub fn arena_bytes() -> usize {
    ARENA_BYTES.load(Ordering::Relaxed)
}

/// Python's heap budget within the arena.
pub fn python_heap_bytes() -> usize {
    python_heap_for(arena_bytes())
}
