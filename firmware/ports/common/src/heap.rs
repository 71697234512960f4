//! The global allocator: a TLSF heap (constant-time allocate/free, which the collector's many
//! small objects need) over a RAM region the board hands over at boot.

use core::sync::atomic::{AtomicUsize, Ordering};

use embedded_alloc::TlsfHeap;

#[global_allocator]
static ALLOCATOR: TlsfHeap = TlsfHeap::empty();

static ARENA_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes of the arena kept outside Python's heap budget: console line buffers, raw-REPL
/// input, compiler scratch. The collector's accounting is approximate; this is its margin.
pub const SYSTEM_RESERVE: usize = 8 * 1024;

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
    unsafe { ALLOCATOR.init(start, size) }
}

/// Bytes the allocator manages.
pub fn arena_bytes() -> usize {
    ARENA_BYTES.load(Ordering::Relaxed)
}

/// Python's heap budget within the arena.
pub fn python_heap_bytes() -> usize {
    arena_bytes().saturating_sub(SYSTEM_RESERVE)
}
