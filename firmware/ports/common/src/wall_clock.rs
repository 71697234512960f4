//! The wall clock `machine.RTC` sets: an offset from the tick counter, kept in statics so it
//! outlives soft resets (not a hard reset: the boards keep no battery-backed clock). Until
//! it is set, `time.time()` counts from boot.

use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// Microseconds since 1970-01-01 UTC at tick 0, as two halves of an `i64` (only Python code,
/// never an interrupt, reads or writes them).
static OFFSET_LOW: AtomicU32 = AtomicU32::new(0);
static OFFSET_HIGH: AtomicU32 = AtomicU32::new(0);
static SET: AtomicBool = AtomicBool::new(false);

/// Sets the clock to `micros` microseconds since 1970-01-01 UTC now.
pub fn set(micros: i64) {
    let offset = micros - crate::ticks::micros() as i64;
    OFFSET_LOW.store(offset as u32, Ordering::Relaxed);
    OFFSET_HIGH.store((offset >> 32) as u32, Ordering::Relaxed);
    SET.store(true, Ordering::Relaxed);
}

/// Seconds since 1970-01-01 UTC, once set.
pub fn now() -> Option<f64> {
    if !SET.load(Ordering::Relaxed) {
        return None;
    }
    let offset = (i64::from(OFFSET_HIGH.load(Ordering::Relaxed) as i32) << 32)
        | i64::from(OFFSET_LOW.load(Ordering::Relaxed));
    Some((offset + crate::ticks::micros() as i64) as f64 / 1e6)
}
