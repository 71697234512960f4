//! Virtual timers (`machine.Timer(-1)`): the 1 kHz SysTick interrupt checks their deadlines
//! and signals their interrupt sources, so they work on every board with millisecond
//! resolution. With none running, the tick costs one load.

use core::sync::atomic::{AtomicU32, Ordering};

use pyrite::port::{HwError, INVALID, VIRTUAL_TIMERS};

const COUNT: usize = (VIRTUAL_TIMERS.end - VIRTUAL_TIMERS.start) as usize;

/// Running timers (bit i: timer `VIRTUAL_TIMERS.start + i`).
static RUNNING: AtomicU32 = AtomicU32::new(0);
/// Of those, the ones that repeat.
static PERIODIC: AtomicU32 = AtomicU32::new(0);
static PERIOD_MS: [AtomicU32; COUNT] = [const { AtomicU32::new(0) }; COUNT];
/// The tick (low 32 bits of milliseconds since boot) each timer fires next.
static DEADLINE: [AtomicU32; COUNT] = [const { AtomicU32::new(0) }; COUNT];

fn index_of(id: u32) -> Option<usize> {
    VIRTUAL_TIMERS
        .contains(&id)
        .then(|| (id - VIRTUAL_TIMERS.start) as usize)
}

/// Whether `id` is a virtual timer.
pub fn is_virtual(id: u32) -> bool {
    index_of(id).is_some()
}

/// Starts virtual timer `id` (periods round up to whole milliseconds).
pub fn start(id: u32, period_us: u64, periodic: bool) -> Result<(), HwError> {
    let index = index_of(id).ok_or(INVALID)?;
    let period_ms = u32::try_from(period_us.div_ceil(1000).max(1)).map_err(|_| INVALID)?;
    if period_ms > i32::MAX as u32 {
        return Err(INVALID);
    }
    stop(id);
    let bit = 1 << index;
    PERIOD_MS[index].store(period_ms, Ordering::Relaxed);
    let now = crate::ticks::millis() as u32;
    DEADLINE[index].store(now.wrapping_add(period_ms), Ordering::Relaxed);
    if periodic {
        PERIODIC.fetch_or(bit, Ordering::Relaxed);
    } else {
        PERIODIC.fetch_and(!bit, Ordering::Relaxed);
    }
    // Published last: the tick handler reads the fields only for running timers.
    RUNNING.fetch_or(bit, Ordering::Release);
    Ok(())
}

/// Stops virtual timer `id`.
pub fn stop(id: u32) {
    if let Some(index) = index_of(id) {
        RUNNING.fetch_and(!(1 << index), Ordering::Relaxed);
    }
}

/// Called by the SysTick handler with the new millisecond count.
pub fn on_tick(now: u32) {
    let running = RUNNING.load(Ordering::Acquire);
    if running == 0 {
        return;
    }
    for index in 0..COUNT {
        let bit = 1 << index;
        if running & bit == 0 {
            continue;
        }
        let deadline = DEADLINE[index].load(Ordering::Relaxed);
        // Due when `now` has reached the deadline (wrapping comparison).
        if (now.wrapping_sub(deadline) as i32) < 0 {
            continue;
        }
        pyrite::port::signal_irq(VIRTUAL_TIMERS.start + index as u32);
        if PERIODIC.load(Ordering::Relaxed) & bit != 0 {
            let period = PERIOD_MS[index].load(Ordering::Relaxed);
            DEADLINE[index].store(deadline.wrapping_add(period), Ordering::Relaxed);
        } else {
            RUNNING.fetch_and(!bit, Ordering::Relaxed);
        }
    }
}
