//! The machine stack's guard: how deep native recursion (the parser, the compiler, nested VM
//! runs) may go before it becomes an error instead of a crash.

use core::sync::atomic::{AtomicUsize, Ordering};

/// The lowest address the machine stack may reach (0: unknown, no check). A port whose stack
/// is small and sits above other data (the STM32F405's 16 KiB below the heap) sets it at boot,
/// so deep native recursion becomes a `RecursionError` (or `SyntaxError` while compiling)
/// instead of overwriting the heap.
static STACK_LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Sets the stack's lowest address (see `stack_remaining`).
pub fn set_stack_limit(lowest_address: usize) {
    STACK_LIMIT.store(lowest_address, Ordering::Relaxed);
}

/// Bytes of machine stack left below the caller (`usize::MAX` when the port set no limit).
#[inline]
pub fn stack_remaining() -> usize {
    // One load on ports without a limit: this sits on the path of every nested VM run.
    let limit = STACK_LIMIT.load(Ordering::Relaxed);
    if limit == 0 {
        usize::MAX
    } else {
        stack_above(limit)
    }
}

#[inline(never)]
fn stack_above(limit: usize) -> usize {
    stack_address().saturating_sub(limit)
}

/// An address in the caller's stack frame, for measuring stack use.
#[inline(always)]
pub fn stack_address() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}
