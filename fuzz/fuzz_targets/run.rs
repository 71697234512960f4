//! Fuzz target: source text compiled and *run* by the VM, in a small heap.
//!
//! Whatever the program does (raise, exhaust the heap, recurse, loop forever) must end in a
//! Python outcome, never a panic. A watchdog thread interrupts runs longer than `RUN_LIMIT`
//! (the VM turns that into `KeyboardInterrupt` at its next safe point), and the heap is small
//! so that allocation-heavy inputs reach `MemoryError` quickly. Then what is left is finalized,
//! as at exit. `machine.reset()` cannot return, so inputs that mention `reset` are skipped.
#![no_main]

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Once;
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use pyrite::ast::Mode;
use pyrite::interpreter::Interpreter;
use pyrite::port::Port;

/// Wall time one input may run before the watchdog interrupts it.
const RUN_LIMIT: Duration = Duration::from_millis(200);
/// The heap: small, so `MemoryError` comes quickly (and must be clean).
const HEAP: usize = 256 * 1024;

/// A console that discards output and has no input (stdin is at its end).
struct FuzzPort {
    start: Instant,
}

impl Port for FuzzPort {
    fn console_write(&mut self, _bytes: &[u8]) {}

    fn console_read(&mut self) -> Option<u8> {
        None
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

fuzz_target!(|data: &[u8]| {
    let Ok(source) = core::str::from_utf8(data) else {
        return;
    };
    if source.contains("reset") {
        return;
    }
    start_watchdog();
    let mut interpreter = Interpreter::new(
        Box::new(FuzzPort {
            start: Instant::now(),
        }),
        HEAP,
    );
    let deadline = epoch().elapsed() + RUN_LIMIT;
    DEADLINE_MS.store(deadline.as_millis() as u64, Ordering::Relaxed);
    RUNNING.store(true, Ordering::Relaxed);
    let _ = interpreter.exec(source, "<fuzz>", Mode::Exec);
    // What is left is finalized as at exit (`__del__`, generators, files): under the watchdog
    // too, since a finalizer may loop.
    interpreter.finish();
    RUNNING.store(false, Ordering::Relaxed);
    // An interrupt that arrived after the run ended must not leak into the next input.
    pyrite::port::take_interrupt();
});
