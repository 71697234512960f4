//! A counting wrapper for a port's global allocator: how the heap budget is measured.
//!
//! Every byte the runtime owns (objects, their vectors and strings, the compiler's scratch
//! tree) comes from the global allocator. A port wraps its allocator in `CountingAllocator`
//! so the collector can compare the true number of bytes in use against the heap size, run
//! collections when it grows, and raise `MemoryError` at the limit instead of letting the
//! allocator fail.

use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Bytes currently allocated through a `CountingAllocator` (0 if the port uses none).
#[inline]
pub fn allocated() -> usize {
    ALLOCATED.load(Ordering::Relaxed)
}

/// Highest `allocated()` seen.
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts a new peak measurement from the current usage.
pub fn reset_peak() {
    PEAK.store(allocated(), Ordering::Relaxed);
}

/// Makes room in `vector` for one more element, or says the allocator has none (where a plain
/// `push` would stop the program). Growth is amortised doubling, falling back to a quarter
/// more when a doubled block does not fit: the compiler's big vectors grow this way.
pub(crate) fn room_for_one<T>(vector: &mut alloc::vec::Vec<T>) -> bool {
    vector.len() < vector.capacity()
        || vector.try_reserve(1).is_ok()
        || vector.try_reserve_exact(vector.len() / 4 + 1).is_ok()
}

/// Wraps a global allocator and counts the bytes it hands out.
pub struct CountingAllocator<A>(pub A);

fn add(bytes: usize) {
    let now = ALLOCATED.fetch_add(bytes, Ordering::Relaxed) + bytes;
    if now > PEAK.load(Ordering::Relaxed) {
        PEAK.store(now, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to the wrapped allocator with the caller's arguments
// unchanged, so the wrapped allocator's guarantees carry over; the counters are plain atomics.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAllocator<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as-is; the caller upholds `GlobalAlloc::alloc`'s contract.
        let pointer = unsafe { self.0.alloc(layout) };
        if !pointer.is_null() {
            add(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: forwarded as-is; `pointer` came from this allocator with this layout.
        unsafe { self.0.dealloc(pointer, layout) };
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as-is.
        let pointer = unsafe { self.0.alloc_zeroed(layout) };
        if !pointer.is_null() {
            add(layout.size());
        }
        pointer
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as-is; the caller upholds `GlobalAlloc::realloc`'s contract.
        let new_pointer = unsafe { self.0.realloc(pointer, layout, new_size) };
        if !new_pointer.is_null() {
            ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
            add(new_size);
        }
        new_pointer
    }
}
