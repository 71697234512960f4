//! `time.ticks_ms` / `ticks_us` from SysTick: a 1 kHz interrupt counts milliseconds, the
//! counter's current value gives the microseconds within one.

use core::sync::atomic::{AtomicU32, Ordering};

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::SYST;

/// Milliseconds since boot, low and high words (only the SysTick handler writes them).
static MILLIS_LOW: AtomicU32 = AtomicU32::new(0);
static MILLIS_HIGH: AtomicU32 = AtomicU32::new(0);
/// SysTick reload value (counts per millisecond − 1) and counts per microsecond.
static RELOAD: AtomicU32 = AtomicU32::new(0);
static COUNTS_PER_US: AtomicU32 = AtomicU32::new(1);

/// Starts SysTick at 1 kHz from the core clock.
pub fn start(mut systick: SYST, core_clock_hz: u32) {
    let reload = (core_clock_hz / 1000)
        .saturating_sub(1)
        .clamp(1, 0x00ff_ffff);
    RELOAD.store(reload, Ordering::Relaxed);
    COUNTS_PER_US.store((core_clock_hz / 1_000_000).max(1), Ordering::Relaxed);
    systick.set_clock_source(SystClkSource::Core);
    systick.set_reload(reload);
    systick.clear_current();
    systick.enable_interrupt();
    systick.enable_counter();
}

/// The SysTick exception body (the board's `#[exception] fn SysTick` calls it).
pub fn on_systick() {
    let low = MILLIS_LOW.load(Ordering::Relaxed).wrapping_add(1);
    if low == 0 {
        MILLIS_HIGH.fetch_add(1, Ordering::Relaxed);
    }
    MILLIS_LOW.store(low, Ordering::Release);
    crate::soft_timers::on_tick(low);
}

/// Milliseconds since boot.
pub fn millis() -> u64 {
    loop {
        let high = MILLIS_HIGH.load(Ordering::Acquire);
        let low = MILLIS_LOW.load(Ordering::Acquire);
        if high == MILLIS_HIGH.load(Ordering::Acquire) {
            return (u64::from(high) << 32) | u64::from(low);
        }
    }
}

/// Microseconds since boot.
pub fn micros() -> u64 {
    loop {
        let before = millis();
        let current = SYST::get_current();
        if millis() == before {
            let elapsed = RELOAD.load(Ordering::Relaxed).saturating_sub(current);
            return before * 1000 + u64::from(elapsed / COUNTS_PER_US.load(Ordering::Relaxed));
        }
    }
}
