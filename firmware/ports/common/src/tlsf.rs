//! The TLSF allocator over the board's RAM regions.
//!
//! rlsf's two-level segregated fit (constant-time allocate and free, which the collector's
//! many small objects need) behind a critical section. A board may hand over several
//! disjoint regions (the STM32F405's SRAM and its CCM); `realloc` grows a block in place
//! when the memory after it is free, so a growing list or string needs no second copy.
//! Big requests are rounded up to the top of their size class (`class_size`), so that a freed
//! block serves the next request of the same size. Small freed blocks wait in quick lists for
//! the next request of their size (`Quick`).

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
    pools: Mutex<RefCell<State>>,
}

/// The pools and the quick lists in front of them.
struct State {
    pools: Pools,
    quick: Quick,
}

/// Block sizes (in granules) with a quick list: 16 to 128 bytes, payloads up to 120 — the
/// objects, small vectors and strings a program makes and drops all the time.
const QUICK_CLASSES: usize = 8;
/// Blocks a quick list keeps at most (so at most 9 KB wait in all of them).
const QUICK_DEPTH: u16 = 16;

/// Freed small blocks kept for the next request of their size: a pop beats rlsf's search,
/// split and unlink, and the push its merge and link (measured on an385: see the firmware
/// issue's notes). The blocks stay allocated in the pools, each holding the next one's
/// address in its first word; when the pools cannot serve a request, every one goes back
/// (merging with its free neighbours) and the request is tried again.
struct Quick {
    heads: [*mut u8; QUICK_CLASSES],
    counts: [u16; QUICK_CLASSES],
}

// SAFETY: the quick lists' pointers are blocks of the pools, touched only inside the
// critical section that guards the whole state (one core), like the pools' own pointers.
unsafe impl Send for State {}

/// The quick list for blocks of `layout`: the block rlsf makes for it (payload plus an
/// 8-byte header, rounded up to the granule) is the same for every size of the class, and a
/// block freed with a size of the class holds at least that much. Alignments from the granule
/// on place the header elsewhere and keep to the pools.
#[inline(always)]
fn quick_class(layout: Layout) -> Option<usize> {
    if layout.align() >= GRANULE {
        return None;
    }
    let class = (layout.size() + HEADER).div_ceil(GRANULE) - 1;
    (class < QUICK_CLASSES).then_some(class)
}

impl State {
    /// Gives every block of the quick lists back to the pools.
    #[cold]
    fn flush(&mut self) -> bool {
        let mut any = false;
        for (head, count) in self.quick.heads.iter_mut().zip(&mut self.quick.counts) {
            while let Some(block) = NonNull::new(*head) {
                // SAFETY: a listed block is one of the pools' (given out with an alignment
                // below the granule, so its header is right in front of it), its first
                // word the next block's address.
                unsafe {
                    *head = block.as_ptr().cast::<*mut u8>().read();
                    self.pools.deallocate(block, 1);
                }
                any = true;
            }
            *count = 0;
        }
        any
    }
}

impl Tlsf {
    /// An allocator with no memory yet.
    pub const fn empty() -> Self {
        Self {
            pools: Mutex::new(RefCell::new(State {
                pools: Pools::new(),
                quick: Quick {
                    heads: [ptr::null_mut(); QUICK_CLASSES],
                    counts: [0; QUICK_CLASSES],
                },
            })),
        }
    }

    /// Gives every block of the quick lists back to the pools, where each merges with its
    /// free neighbours.
    pub fn flush_quick_lists(&self) {
        interrupt::free(|section| {
            self.pools.borrow(section).borrow_mut().flush();
        });
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
                    .pools
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
            Layout::from_size_align_unchecked(
                class_size(layout.size(), layout.align()),
                layout.align(),
            )
        };
        interrupt::free(|section| {
            let mut state = self.pools.borrow(section).borrow_mut();
            if let Some(class) = quick_class(layout) {
                let head = state.quick.heads[class];
                if !head.is_null() {
                    // SAFETY: a listed block holds the next one's address in its first word.
                    state.quick.heads[class] = unsafe { head.cast::<*mut u8>().read() };
                    state.quick.counts[class] -= 1;
                    return head;
                }
            }
            let block = match state.pools.allocate(layout) {
                None if state.flush() => state.pools.allocate(layout),
                block => block,
            };
            block.map_or(ptr::null_mut(), NonNull::as_ptr)
        })
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        let Some(pointer) = NonNull::new(pointer) else {
            return;
        };
        interrupt::free(|section| {
            let mut state = self.pools.borrow(section).borrow_mut();
            if let Some(class) = quick_class(layout) {
                if state.quick.counts[class] < QUICK_DEPTH {
                    // SAFETY: the block is the caller's no more, and at least a granule
                    // minus the header (8 bytes, aligned) long: room for the link.
                    unsafe {
                        pointer
                            .as_ptr()
                            .cast::<*mut u8>()
                            .write(state.quick.heads[class])
                    };
                    state.quick.heads[class] = pointer.as_ptr();
                    state.quick.counts[class] += 1;
                    return;
                }
            }
            // SAFETY: `GlobalAlloc::dealloc`'s contract: this allocator gave `pointer` out
            // with `layout`.
            unsafe { state.pools.deallocate(pointer, layout.align()) };
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
            let mut state = self.pools.borrow(section).borrow_mut();
            // SAFETY: this allocator gave `pointer` out with `layout.align()`; on failure
            // rlsf leaves the old block as it was, as `realloc` requires.
            let block = match unsafe { state.pools.reallocate(pointer, new_layout) } {
                // SAFETY: as above, with the quick lists' blocks merged back first.
                None if state.flush() => unsafe { state.pools.reallocate(pointer, new_layout) },
                block => block,
            };
            block.map_or(ptr::null_mut(), NonNull::as_ptr)
        })
    }
}
