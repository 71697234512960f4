//! Why the chip last started, for `machine.reset_cause()`: MicroPython's numbering, found at
//! boot from a note the firmware leaves in RAM before a reset it causes (or expects, when
//! the watchdog's warning interrupt fires), else from the chip's own flags, else power-on.
//!
//! The note lives in `.uninit`, which start-up neither zeroes nor copies into, so it
//! survives a system reset (on the chip and in QEMU) and is garbage after power-on: a magic
//! word tells the two apart.

use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicU32, Ordering};

pub use pyrite::port::{
    RESET_DEEP_SLEEP as DEEP_SLEEP, RESET_HARD as HARD, RESET_POWER_ON as POWER_ON,
    RESET_SOFT as SOFT, RESET_WATCHDOG as WATCHDOG,
};

/// Marks a note as written by this firmware ("PyRC").
const MAGIC: u32 = 0x5079_5243;

#[link_section = ".uninit.pyrite_reset_cause"]
static mut NOTE: MaybeUninit<[u32; 2]> = MaybeUninit::uninit();

static CAUSE: AtomicU32 = AtomicU32::new(POWER_ON);

/// Leaves `cause` for the next boot to find.
pub fn note(cause: u32) {
    let note = (&raw mut NOTE).cast::<u32>();
    // SAFETY: `NOTE` is two words of RAM that only this module touches, always through
    // volatile accesses (it must reach RAM before the reset); single core, and a torn note
    // (an interrupt between the writes) reads as no note.
    unsafe {
        core::ptr::write_volatile(note.add(1), cause);
        core::ptr::write_volatile(note, MAGIC);
    }
}

/// Takes back a note whose reset did not come (the watchdog was fed after its warning).
pub fn withdraw() {
    // SAFETY: as in `note`.
    unsafe { core::ptr::write_volatile((&raw mut NOTE).cast::<u32>(), 0) };
}

/// Settles the cause once at boot: the note if there is one (then erased), else what the
/// chip's flags say (`from_chip`), else power-on.
pub fn settle(from_chip: Option<u32>) {
    let note = (&raw mut NOTE).cast::<u32>();
    // SAFETY: as in `note`; reading uninitialised RAM as a `u32` through a raw pointer is
    // a plain load of whatever the RAM holds, and every bit pattern is a valid `u32`.
    let (magic, noted) = unsafe {
        (
            core::ptr::read_volatile(note),
            core::ptr::read_volatile(note.add(1)),
        )
    };
    let cause = if magic == MAGIC && noted <= DEEP_SLEEP {
        noted
    } else {
        from_chip.unwrap_or(POWER_ON)
    };
    withdraw();
    CAUSE.store(cause, Ordering::Relaxed);
}

/// After a soft reset the cause is `SOFT`.
pub fn soft_reset() {
    CAUSE.store(SOFT, Ordering::Relaxed);
}

/// The cause `settle` found, or `SOFT` after a soft reset.
pub fn current() -> u32 {
    CAUSE.load(Ordering::Relaxed)
}
