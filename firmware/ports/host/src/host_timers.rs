//! `machine.Timer(0..4)` and the virtual `Timer(-1)` on the host: one thread per running
//! timer sleeps for the
//! period and signals the timer's interrupt source, so callbacks run in the VM exactly as
//! on a board (at the next safe point).

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use pyrite::port::{HwError, INVALID, NO_DEVICE};

/// Timer ids the host offers: 0..4 and then the virtual ones.
const TIMERS: usize = pyrite::port::VIRTUAL_TIMERS.end as usize;

/// Bumped by every start and stop: a thread whose generation is stale ends.
static GENERATION: [AtomicU32; TIMERS] = [const { AtomicU32::new(0) }; TIMERS];

/// Starts timer `id` (replacing a running one).
pub fn start(id: u32, period_us: u64, periodic: bool) -> Result<(), HwError> {
    let index = id as usize;
    if !(index < 4 || pyrite::port::VIRTUAL_TIMERS.contains(&id)) {
        return Err(NO_DEVICE);
    }
    if period_us == 0 || period_us > u64::from(u32::MAX) * 1000 {
        return Err(INVALID);
    }
    let generation = GENERATION[index].fetch_add(1, Ordering::Relaxed) + 1;
    let period = Duration::from_micros(period_us);
    std::thread::spawn(move || {
        // Deadlines advance by the period, so the rate does not drift with sleep overshoot.
        let mut deadline = Instant::now() + period;
        loop {
            std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
            if GENERATION[index].load(Ordering::Relaxed) != generation {
                return;
            }
            pyrite::port::signal_irq(id);
            if !periodic {
                return;
            }
            deadline += period;
        }
    });
    Ok(())
}

/// Stops timer `id`.
pub fn stop(id: u32) {
    if let Some(generation) = GENERATION.get(id as usize) {
        generation.fetch_add(1, Ordering::Relaxed);
    }
}
