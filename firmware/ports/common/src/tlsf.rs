//! The TLSF allocator over the board's RAM regions.
//!
//! rlsf's two-level segregated fit (constant-time allocate and free, which the collector's
//! many small objects need) behind a critical section. A board may hand over several
//! disjoint regions (the STM32F405's SRAM and its CCM); `realloc` grows a block in place
//! when the memory after it is free, so a growing list or string needs no second copy.
//! Big requests are rounded up to the top of their size class (`class_size`), so that a freed
//! block serves the next request of the same size.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::RefCell;
use core::ptr::{self, NonNull};

use cortex_m::interrupt::{self, Mutex};

/// First-level size classes: blocks up to `GRANULARITY << 20` (16 MiB on 32-bit), more than
/// any board's RAM; rlsf splits a larger region into blocks of at most that.
const FIRST_LEVELS: usize = 20;
/// Second-level classes per first level: rlsf's finest split (a class spans 1/32 of its
/// power of two), the same as embedded-alloc's TLSF used before.
const SECOND_LEVELS: usize = 32;

type Pools = rlsf::Tlsf<'static, u32, u32, FIRST_LEVELS, SECOND_LEVELS>;

/// rlsf's block granularity (`rlsf::GRANULARITY`, four words): every block is a multiple.
pub const GRANULE: usize = rlsf::GRANULARITY;
/// rlsf's used-block header (size and previous-block words) in front of every allocation.
pub const HEADER: usize = 2 * core::mem::size_of::<usize>();

/// The allocator. Empty until `add_region` hands it memory.
pub struct Tlsf {
    pools: Mutex<RefCell<Pools>>,
}

impl Tlsf {
    /// An allocator with no memory yet.
    pub const fn empty() -> Self {
        Self {
            pools: Mutex::new(RefCell::new(Pools::new())),
        }
    }

    /// Hands `bytes` at `start` to the allocator.
    ///
    /// # Safety
    /// The region must be valid RAM that nothing else uses, for the rest of the program, and
    /// must not overlap a region added before.
    pub unsafe fn add_region(&self, start: usize, bytes: usize) {
        let Some(start) = NonNull::new(start as *mut u8) else {
            return;
        };
        let block = NonNull::slice_from_raw_parts(start, bytes);
        interrupt::free(|section| {
            // SAFETY: the caller gives the region to the allocator for good, unshared.
            unsafe {
                self.pools
                    .borrow(section)
                    .borrow_mut()
                    .insert_free_block_ptr(block)
            };
        });
    }
}

/// Requests from this many bytes on are rounded up by `class_size`: the big buffers a program
/// makes again and again (a 40 KB `bytearray` per loop turn). Smaller ones are many, their
/// holes plentiful, and their path hot.
const CLASS_ROUNDED_FROM: usize = 4096;

/// `size` bytes rounded up so that the block rlsf makes is the top of its size class. rlsf's
/// good-fit search rounds a request up to the next class boundary and never looks in the
/// class below, so without this a block freed by one request could not serve the same request
/// again: `c = bytearray(n)` in a loop ran dry on the STM32 with the old block free. At most a
/// 32nd more memory; `alloc_counter` does not count it (the arena's slack beyond the Python
/// heap, a 17th or more, holds it). Small sizes, larger alignments and huge sizes stay as
/// they are.
#[inline(always)]
fn class_size(size: usize, align: usize) -> usize {
    if size < CLASS_ROUNDED_FROM || align > HEADER || size > isize::MAX as usize / 2 {
        return size;
    }
    let block = (size + HEADER + GRANULE - 1) & !(GRANULE - 1);
    let power = usize::BITS - 1 - block.leading_zeros();
    let class_width = (1usize << power) / SECOND_LEVELS;
    ((block + class_width - 1) & !(class_width - 1)) - HEADER
}

// SAFETY: every entry point takes the critical section before touching the pools, and rlsf
// upholds `GlobalAlloc`'s contract for blocks it hands out (alignment, size, no overlap).
unsafe impl GlobalAlloc for Tlsf {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout is valid, and `class_size` keeps it so: it only rounds
        // sizes far below `isize::MAX`, alignment unchanged.
        let layout = unsafe {
            Layout::from_size_align_unchecked(class_size(layout.size(), layout.align()), layout.align())
        };
        interrupt::free(|section| {
            let block = self.pools.borrow(section).borrow_mut().allocate(layout);
            block.map_or(ptr::null_mut(), NonNull::as_ptr)
        })
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        let Some(pointer) = NonNull::new(pointer) else {
            return;
        };
        interrupt::free(|section| {
            let mut pools = self.pools.borrow(section).borrow_mut();
            // SAFETY: `GlobalAlloc::dealloc`'s contract: this allocator gave `pointer` out
            // with `layout`.
            unsafe { pools.deallocate(pointer, layout.align()) };
        });
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Some(pointer) = NonNull::new(pointer) else {
            return ptr::null_mut();
        };
        let new_size = class_size(new_size, layout.align());
        // SAFETY: `GlobalAlloc::realloc`'s contract makes `new_size` with the old alignment
        // a valid layout, and `class_size` keeps it one (it leaves sizes near the limit).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        interrupt::free(|section| {
            let mut pools = self.pools.borrow(section).borrow_mut();
            // SAFETY: this allocator gave `pointer` out with `layout.align()`; on failure
            // rlsf leaves the old block as it was, as `realloc` requires.
            let block = unsafe { pools.reallocate(pointer, new_layout) };
            block.map_or(ptr::null_mut(), NonNull::as_ptr)
        })
    }
}
