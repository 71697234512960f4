//! What the `run` and `repl` targets share: a console port with no hardware, and a watchdog
//! that interrupts Python code running too long (`KeyboardInterrupt` at the VM's next safe
//! point), so an input that loops forever ends like any other.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Once;
use std::time::{Duration, Instant};

use pyrite::port::Port;

/// Wall time one input may run before the watchdog interrupts it.
pub const RUN_LIMIT: Duration = Duration::from_millis(200);
/// The heap: small, so `MemoryError` comes quickly (and must be clean).
pub const HEAP: usize = 256 * 1024;

/// A console that discards output and reads `input` (then it is at its end).
pub struct FuzzPort {
    start: Instant,
    input: VecDeque<u8>,
}

impl FuzzPort {
    pub fn new(input: &[u8]) -> Self {
        FuzzPort {
            start: Instant::now(),
            input: input.iter().copied().collect(),
        }
    }
}

impl Port for FuzzPort {
    fn console_write(&mut self, _bytes: &[u8]) {}

    fn console_read(&mut self) -> Option<u8> {
        self.input.pop_front()
    }

    fn ticks_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn ticks_us(&self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn sleep_us(&mut self, _us: u64) {}

    fn reset(&mut self) -> ! {
        unreachable!("inputs that mention reset are skipped")
    }

    fn board_name(&self) -> &str {
        "fuzz"
    }
}

/// Milliseconds since `EPOCH` when the current run must stop (0: nothing running).
static DEADLINE_MS: AtomicU64 = AtomicU64::new(0);
static RUNNING: AtomicBool = AtomicBool::new(false);
static WATCHDOG: Once = Once::new();

fn epoch() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn start_watchdog() {
    WATCHDOG.call_once(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(5));
            let now = epoch().elapsed().as_millis() as u64;
            if RUNNING.load(Ordering::Relaxed) && now > DEADLINE_MS.load(Ordering::Relaxed) {
                pyrite::port::request_interrupt();
            }
        });
    });
}


/// Runs `body` under the watchdog: Python code in it is interrupted after `RUN_LIMIT`.
pub fn watched<T>(body: impl FnOnce() -> T) -> T {
    start_watchdog();
    let deadline = epoch().elapsed() + RUN_LIMIT;
    DEADLINE_MS.store(deadline.as_millis() as u64, Ordering::Relaxed);
    RUNNING.store(true, Ordering::Relaxed);
    let result = body();
    RUNNING.store(false, Ordering::Relaxed);
    // An interrupt that arrived after the run ended must not leak into the next input.
    pyrite::port::take_interrupt();
    result
}
