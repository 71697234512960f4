//! The port interface: everything the runtime needs from the machine it runs on.
//!
//! A port (the host binary, a QEMU board, a real STM32) implements `Port` once; the runtime
//! never touches hardware itself. Interrupt handlers never run Python: they call
//! `request_interrupt` (Ctrl-C on the UART) or `signal_irq` (a timer expired) and the VM
//! raises `KeyboardInterrupt` or runs the Python callback at its next safe point.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, Ordering};

/// Everything that needs the VM's attention at its next safe point, one bit each: Ctrl-C
/// (`KEYBOARD_INTERRUPT`), the `micropython.schedule` queue (`SCHEDULED`), and interrupt
/// sources with a Python callback (bits `0..IRQ_SOURCES`, see `signal_irq`). One word, so
/// the dispatch loop's check is a single relaxed load.
static PENDING: AtomicU32 = AtomicU32::new(0);

const KEYBOARD_INTERRUPT: u32 = 1 << 31;
const SCHEDULED: u32 = 1 << 30;
/// Some pin interrupt line fired: which ones, `PENDING_PINS` says.
const PINS: u32 = 1 << 29;

/// Interrupt sources a port can signal (`signal_irq(0..IRQ_SOURCES)`): timer `n` is source `n`.
pub const IRQ_SOURCES: u32 = 29;

/// The sources of pin interrupt lines (`Pin.irq`): line `n` (`signal_pin_irq(n)`) is source
/// `PIN_SOURCES.start + n`, counted in a word of their own.
pub const PIN_SOURCES: core::ops::Range<u32> = 32..64;

/// The pin interrupt lines fired and not yet handled, one bit each.
static PENDING_PINS: AtomicU32 = AtomicU32::new(0);

/// Timer ids `machine.Timer(-1)` hands out: virtual (software) timers, which every board
/// runs from its millisecond tick (`pyrite_port_common::soft_timers`).
pub const VIRTUAL_TIMERS: core::ops::Range<u32> = 16..20;

/// Ask the running Python code to stop with `KeyboardInterrupt`. Safe to call from an
/// interrupt handler.
pub fn request_interrupt() {
    PENDING.fetch_or(KEYBOARD_INTERRUPT, Ordering::Relaxed);
}

/// Takes the pending interrupt request, if any (the VM calls this at safe points).
pub fn take_interrupt() -> bool {
    PENDING.load(Ordering::Relaxed) & KEYBOARD_INTERRUPT != 0
        && PENDING.fetch_and(!KEYBOARD_INTERRUPT, Ordering::Relaxed) & KEYBOARD_INTERRUPT != 0
}

/// Whether an interrupt is pending, without taking it.
pub fn interrupt_pending() -> bool {
    PENDING.load(Ordering::Relaxed) & KEYBOARD_INTERRUPT != 0
}

/// Whether anything (Ctrl-C, a callback, the schedule queue) waits for the VM: a port's
/// `sleep_us` and `idle` end early on it.
#[inline(always)]
pub fn attention_pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Marks interrupt source `source` (below `IRQ_SOURCES`; timer `n` is `n`) as fired: its
/// Python callback runs at the VM's next safe point. Safe to call from an interrupt handler;
/// firings before the callback runs merge into one call.
pub fn signal_irq(source: u32) {
    if source < IRQ_SOURCES {
        PENDING.fetch_or(1 << source, Ordering::Relaxed);
    }
}

/// Marks pin interrupt line `line` (below 32) as fired: the callback `Pin.irq` gave it runs
/// at the VM's next safe point. Safe to call from an interrupt handler.
pub fn signal_pin_irq(line: u32) {
    if line < 32 {
        PENDING_PINS.fetch_or(1 << line, Ordering::Relaxed);
        PENDING.fetch_or(PINS, Ordering::Relaxed);
    }
}

/// The fired sources in `bits` (from `take_callbacks`) as one mask over all sources, the pin
/// lines taken from their word into the high half (source `PIN_SOURCES.start + n`).
pub(crate) fn fired_sources(bits: u32) -> u64 {
    let mut fired = u64::from(bits & ((1 << IRQ_SOURCES) - 1));
    if bits & PINS != 0 {
        fired |= u64::from(PENDING_PINS.swap(0, Ordering::Relaxed)) << PIN_SOURCES.start;
    }
    fired
}

/// Marks the schedule queue as non-empty.
pub(crate) fn signal_scheduled() {
    PENDING.fetch_or(SCHEDULED, Ordering::Relaxed);
}

/// Takes the pending callback bits (sources, and `SCHEDULED` as bit 30), leaving Ctrl-C.
pub(crate) fn take_callbacks() -> u32 {
    PENDING.fetch_and(KEYBOARD_INTERRUPT, Ordering::Relaxed) & !KEYBOARD_INTERRUPT
}

/// Puts back callback bits taken while callbacks could not run.
pub(crate) fn restore_callbacks(bits: u32) {
    if bits != 0 {
        PENDING.fetch_or(bits & !KEYBOARD_INTERRUPT, Ordering::Relaxed);
    }
}

/// The bit `take_callbacks` reports for the schedule queue.
pub(crate) const SCHEDULED_BIT: u32 = SCHEDULED;

/// The console byte that interrupts running code (`-1`: none). The REPL arms Ctrl-C (3) while
/// Python code runs and disarms it while it reads input, so a Ctrl-C typed at the prompt
/// reaches the line editor instead.
static INTERRUPT_CHAR: AtomicI32 = AtomicI32::new(-1);

/// Sets the byte that a port's console receive path turns into `request_interrupt` (`None`
/// disables it, like `micropython.kbd_intr(-1)`).
pub fn set_interrupt_char(byte: Option<u8>) {
    INTERRUPT_CHAR.store(byte.map_or(-1, i32::from), Ordering::Relaxed);
}

/// The armed interrupt byte, if any. A port's UART receive interrupt calls this for every
/// byte: a match calls `request_interrupt` and drops the byte; anything else is queued.
pub fn interrupt_char() -> Option<u8> {
    u8::try_from(INTERRUPT_CHAR.load(Ordering::Relaxed)).ok()
}

// The stack guard lives with the compiler, the lowest crate that checks it.
pub use pyrite_compiler::stack::{set_stack_limit, stack_address, stack_remaining};

/// The last console line the REPL or `input()` read ended at a `\r`: a `\n` that
/// `input()` reads first is the rest of that `\r\n`, not an empty line (the REPL keeps its
/// own flag for the lines it reads, and only sets this one).
pub static CONSOLE_LINE_ENDED_AT_CR: AtomicBool = AtomicBool::new(false);

/// Notes whether the console byte just read was a `\r`; says whether the one before was.
pub fn note_console_byte(byte: u8) -> bool {
    CONSOLE_LINE_ENDED_AT_CR.swap(byte == b'\r', Ordering::Relaxed)
}

/// A failed filesystem operation: the POSIX error number (`errno.ENOENT`, ...), which Python
/// code sees as `OSError` (or its subclass for that number).
pub type FsError = i32;

/// No filesystem on this machine: what the default `Port::fs_*` methods return (`ENODEV`).
pub const NO_FILESYSTEM: FsError = 19;

/// What `os.stat` reports about a path.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FileStat {
    /// POSIX mode bits (`0o040000` directory, `0o100000` regular file, plus permissions).
    pub mode: u32,
    pub size: u64,
    /// Modification time, seconds since the Unix epoch.
    pub mtime: f64,
}

/// What `os.statvfs` reports about the filesystem holding a path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FsUsage {
    /// The preferred I/O size (`f_bsize`) and the unit of the block counts (`f_frsize`).
    pub block_size: u64,
    pub fragment_size: u64,
    /// Blocks in all, free, and free to an unprivileged user.
    pub blocks: u64,
    pub free_blocks: u64,
    pub available_blocks: u64,
    /// File nodes in all, free, and free to an unprivileged user (0 where unlimited).
    pub files: u64,
    pub free_files: u64,
    pub available_files: u64,
    /// Mount flags (`f_flag`) and the longest name.
    pub flags: u64,
    pub name_max: u64,
}

/// A failed hardware operation: the POSIX error number Python code sees as `OSError`.
pub type HwError = i32;

/// Why the machine last started (`Port::reset_cause`), numbered as MicroPython's
/// `machine.SOFT_RESET`, `PWRON_RESET`, `HARD_RESET`, `WDT_RESET`, `DEEPSLEEP_RESET`.
pub const RESET_SOFT: u32 = 0;
pub const RESET_POWER_ON: u32 = 1;
pub const RESET_HARD: u32 = 2;
pub const RESET_WATCHDOG: u32 = 3;
pub const RESET_DEEP_SLEEP: u32 = 4;

/// No such hardware on this machine (`ENODEV`): what the default hardware methods return.
pub const NO_DEVICE: HwError = 19;
/// The hardware is taken, such as a pin interrupt line another pin holds (`EBUSY`).
pub const BUSY: HwError = 16;
/// A bad argument for this hardware, such as a timer period out of range (`EINVAL`).
pub const INVALID: HwError = 22;
/// The hardware never finished, such as an SPI frame that never completed (`ETIMEDOUT`).
pub const TIMED_OUT: HwError = 110;

/// Where a PWM channel stands (`Port::pwm_timing`): its timer's input clock, the clock
/// ticks per count (the prescaler), the counts per period and the counts it is active for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PwmTiming {
    pub clock_hz: u32,
    pub prescale: u32,
    pub period: u32,
    pub active: u32,
}

/// Which edges of a pin's level fire its interrupt (`Pin.irq`'s `trigger`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinEdges {
    pub rising: bool,
    pub falling: bool,
}

/// How a pin is driven (`machine.Pin.IN`, `OUT`, `OPEN_DRAIN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinMode {
    Input,
    Output,
    OpenDrain,
}

/// A pin's pull resistor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinPull {
    None,
    Up,
    Down,
}

/// What the runtime asks of the machine.
pub trait Port {
    /// Writes bytes to the console (stdout of Python code, the REPL's output).
    fn console_write(&mut self, bytes: &[u8]);

    /// Writes bytes to the error console (stderr). Boards have one console, so by default
    /// this is the console.
    fn console_write_err(&mut self, bytes: &[u8]) {
        self.console_write(bytes);
    }

    /// Pushes out console output held in a buffer (`flush=True`, `sys.stdout.flush()`).
    /// Boards write their UART as they go: nothing to do.
    fn console_flush(&mut self) {}

    /// Writes bytes exactly as given: the REPL's protocol bytes (`raw REPL; CTRL-B to exit\r\n`,
    /// raw-paste window sizes). Ports whose `console_write` turns `\n` into `\r\n` (every
    /// UART port) override this to skip that translation.
    fn console_write_raw(&mut self, bytes: &[u8]) {
        self.console_write(bytes);
    }

    /// Reads one console byte, waiting for it. `None` when the console is closed (end of
    /// input on the host).
    fn console_read(&mut self) -> Option<u8>;

    /// Whether `console_read` would return without waiting. Ports that cannot tell say yes
    /// (and the REPL then blocks in `console_read`); boards answer from their receive ring,
    /// so timer callbacks run while the REPL waits for input.
    fn console_ready(&mut self) -> bool {
        true
    }

    /// Milliseconds since boot (wrapping).
    fn ticks_ms(&self) -> u64;

    /// Microseconds since boot (wrapping).
    fn ticks_us(&self) -> u64;

    /// A cycle or finest-grained counter, for `time.ticks_cpu()`.
    fn ticks_cpu(&self) -> u64 {
        self.ticks_us()
    }

    /// Waits `us` microseconds. Boards may sleep until an interrupt; a pending
    /// `request_interrupt` should end the wait early.
    fn sleep_us(&mut self, us: u64);

    /// Seconds since the Unix epoch, where the machine has a clock.
    fn time_s(&self) -> Option<f64> {
        None
    }

    /// Sets the wall clock to `micros` microseconds since 1970-01-01 UTC
    /// (`machine.RTC().datetime(…)`); `time_s` counts from it after. `NO_DEVICE` where it
    /// cannot be set (the host's clock is the system's).
    fn set_time_us(&mut self, _micros: i64) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Restarts the machine (`machine.reset()`).
    fn reset(&mut self) -> !;

    /// Gives the allocator back what it holds for quick reuse, so the free memory merges into
    /// large blocks. A soft reset calls it between freeing the old program's objects and
    /// making the new VM's, which would otherwise land in the held blocks' gaps all over the
    /// arena and halve the largest block a program can get after it.
    fn settle_heap(&mut self) {}

    /// Entropy for `random`'s default seed and `os.urandom`.
    fn random_u64(&mut self) -> u64 {
        0x2545_f491_4f6c_dd1d ^ self.ticks_us()
    }

    /// The board name shown in the banner and `sys.platform`-style reports.
    fn board_name(&self) -> &str;

    /// Reads a whole file (for `import` of `.py` modules and `main.py`). `None` if it does
    /// not exist or the port has no filesystem.
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }

    /// Directories searched by `import` (`sys.path`).
    fn module_path(&self) -> Vec<Box<str>> {
        Vec::new()
    }

    // ----- filesystem (`os`, `open`): boards without one keep the defaults (ENODEV) -----

    /// Names in a directory (without `.` and `..`).
    fn fs_list_dir(&mut self, _path: &str) -> Result<Vec<String>, FsError> {
        Err(NO_FILESYSTEM)
    }

    fn fs_mkdir(&mut self, _path: &str) -> Result<(), FsError> {
        Err(NO_FILESYSTEM)
    }

    fn fs_rmdir(&mut self, _path: &str) -> Result<(), FsError> {
        Err(NO_FILESYSTEM)
    }

    /// Removes a file.
    fn fs_remove(&mut self, _path: &str) -> Result<(), FsError> {
        Err(NO_FILESYSTEM)
    }

    fn fs_rename(&mut self, _from: &str, _to: &str) -> Result<(), FsError> {
        Err(NO_FILESYSTEM)
    }

    fn fs_stat(&mut self, _path: &str) -> Result<FileStat, FsError> {
        Err(NO_FILESYSTEM)
    }

    /// `os.statvfs(path)`: the size and free room of the filesystem holding `path`.
    fn fs_usage(&mut self, _path: &str) -> Result<FsUsage, FsError> {
        Err(NO_FILESYSTEM)
    }

    fn fs_getcwd(&mut self) -> Result<String, FsError> {
        Err(NO_FILESYSTEM)
    }

    /// Whether console stream `fd` (0 stdin, 1 stdout, 2 stderr) is a terminal
    /// (`sys.stdout.isatty()`): a board's UART console is one.
    fn console_is_terminal(&self, _fd: u8) -> bool {
        true
    }

    /// The process environment (`os.environ`, `os.getenv`): a board has none.
    fn environment(&self) -> Vec<(String, String)> {
        Vec::new()
    }

    fn fs_chdir(&mut self, _path: &str) -> Result<(), FsError> {
        Err(NO_FILESYSTEM)
    }

    /// A whole file's contents (for `open(path, 'r')`).
    fn fs_read(&mut self, _path: &str) -> Result<Vec<u8>, FsError> {
        Err(NO_FILESYSTEM)
    }

    /// Replaces (or, with `append`, extends) a file's contents, creating it if needed.
    fn fs_write(&mut self, _path: &str, _data: &[u8], _append: bool) -> Result<(), FsError> {
        Err(NO_FILESYSTEM)
    }

    // ----- hardware for the `machine` module: machines without it keep the defaults -----

    /// The CPU clock in Hz (`machine.freq()`).
    fn cpu_freq(&self) -> Option<u32> {
        None
    }

    /// Bytes that identify this chip (`machine.unique_id()`).
    fn unique_id(&self) -> Option<Vec<u8>> {
        None
    }

    /// Reads the `width`-byte word (1, 2 or 4; `address` aligned to it) at `address` of the
    /// machine's bus (`machine.mem8`/`mem16`/`mem32`); `NO_DEVICE` where there is no such bus
    /// to reach, as on the host.
    fn mem_read(&mut self, _address: u32, _width: u32) -> Result<u32, HwError> {
        Err(NO_DEVICE)
    }

    /// Writes the low `width` bytes of `value` at `address` (as `mem_read`).
    fn mem_write(&mut self, _address: u32, _width: u32, _value: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Why the machine last started (`RESET_*`); a host process starts at power-on.
    fn reset_cause(&self) -> u32 {
        RESET_POWER_ON
    }

    /// Starts the watchdog (`machine.WDT`): the machine resets unless `watchdog_feed`
    /// comes within every `timeout_ms`. Once started it cannot be stopped.
    fn watchdog_start(&mut self, _timeout_ms: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn watchdog_feed(&mut self) {}

    /// Waits for the next interrupt (`machine.idle()`); returns at once if the machine
    /// cannot.
    fn idle(&mut self) {}

    /// Masks interrupts; returns the previous state for `irq_restore`.
    fn irq_disable(&mut self) -> u32 {
        0
    }

    /// Restores the interrupt state `irq_disable` returned.
    fn irq_restore(&mut self, _state: u32) {}

    /// The id of the pin called `name` (`machine.Pin('A13')`).
    fn pin_lookup(&self, _name: &str) -> Option<u32> {
        None
    }

    /// The name of pin `id`; `None` if there is no such pin.
    fn pin_name(&self, _id: u32) -> Option<String> {
        None
    }

    /// Sets a pin's direction and pull.
    fn pin_configure(&mut self, _id: u32, _mode: PinMode, _pull: PinPull) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Drives an output pin high or low.
    fn pin_write(&mut self, _id: u32, _high: bool) {}

    /// A pin's level: the input level, or for an output the level it drives.
    fn pin_read(&mut self, _id: u32) -> bool {
        false
    }

    /// Makes `edges` of pin `id`'s level fire its interrupt line (none: stops it), whose
    /// handler calls `signal_pin_irq(line)`; answers the line's interrupt source
    /// (`PIN_SOURCES.start + line`). `NO_DEVICE` for a pin without one.
    fn pin_irq(&mut self, _id: u32, _edges: PinEdges) -> Result<u32, HwError> {
        Err(NO_DEVICE)
    }

    /// The analog input channel wired to pin `id`, if it has one.
    fn adc_channel(&self, _pin: u32) -> Option<u32> {
        None
    }

    /// Sets up analog input `channel` (its pin in analog mode); `NO_DEVICE` if there is none.
    fn adc_init(&mut self, _channel: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// One conversion of analog input `channel`, scaled to 0..=65535 (`ADC.read_u16`).
    fn adc_read(&mut self, _channel: u32) -> Result<u16, HwError> {
        Err(NO_DEVICE)
    }

    /// Takes the PWM channel wired to pin `id` (`machine.PWM`) and drives the pin from it,
    /// inverted if `invert`; answers the channel. `NO_DEVICE` for a pin without one, `BUSY`
    /// when another pin holds the channel or its timer runs a `machine.Timer`.
    fn pwm_init(&mut self, _pin: u32, _invert: bool) -> Result<u32, HwError> {
        Err(NO_DEVICE)
    }

    /// The PWM channel pin `id` holds, if it holds one (`pyb.LED.intensity`).
    fn pwm_channel_of(&self, _pin: u32) -> Option<u32> {
        None
    }

    /// Sets the period of PWM `channel` to `ticks` of its clock (shared with the other
    /// channels of its timer, whose duty ratios are kept); `INVALID` when out of range.
    fn pwm_set_period(&mut self, _channel: u32, _ticks: u64) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// PWM `channel`'s clock in Hz, its clock ticks per count, counts per period and the
    /// counts its output is active for.
    fn pwm_timing(&mut self, _channel: u32) -> PwmTiming {
        PwmTiming::default()
    }

    /// Sets the counts per period PWM `channel`'s output is active for (`period` or more:
    /// always).
    fn pwm_set_active(&mut self, _channel: u32, _counts: u32) {}

    /// Stops driving PWM `channel` and gives it back.
    fn pwm_deinit(&mut self, _channel: u32) {}

    /// Starts timer `id` firing every `period_us` microseconds (once, unless `periodic`); its
    /// interrupt calls `signal_irq(id)`. `INVALID` when the period is out of its range.
    fn timer_start(&mut self, _id: u32, _period_us: u64, _periodic: bool) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Stops timer `id` (no-op for ids the machine lacks).
    fn timer_stop(&mut self, _id: u32) {}

    /// Sets up UART `id` (8N1 at `baudrate`) and starts receiving into a buffer.
    fn uart_init(&mut self, _id: u32, _baudrate: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Sends bytes on UART `id`, waiting for room.
    fn uart_write(&mut self, _id: u32, _data: &[u8]) {}

    /// Moves received bytes of UART `id` into `buffer` without waiting; how many.
    fn uart_read(&mut self, _id: u32, _buffer: &mut [u8]) -> usize {
        0
    }

    /// How many received bytes of UART `id` wait.
    fn uart_any(&mut self, _id: u32) -> usize {
        0
    }

    /// Sets up I2C bus `id` as a controller at `frequency` Hz.
    fn i2c_init(&mut self, _id: u32, _frequency: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Sends `data` to the device at 7-bit `address`, then a stop condition if `stop`: how
    /// many data bytes were acknowledged; `NO_DEVICE` when the address was not.
    fn i2c_write(
        &mut self,
        _id: u32,
        _address: u8,
        _data: &[u8],
        _stop: bool,
    ) -> Result<usize, HwError> {
        Err(NO_DEVICE)
    }

    /// Fills `buffer` from the device at `address` (a repeated start if the last transfer
    /// had no stop), then a stop condition if `stop`; `NO_DEVICE` when nothing answered.
    fn i2c_read(
        &mut self,
        _id: u32,
        _address: u8,
        _buffer: &mut [u8],
        _stop: bool,
    ) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Sets up SPI bus `id` as a controller with 8-bit frames at `baudrate` Hz (or the
    /// fastest rate below it the hardware makes); `polarity`: the clock idles high; `phase`:
    /// data is sampled on the second clock edge.
    fn spi_init(
        &mut self,
        _id: u32,
        _baudrate: u32,
        _polarity: bool,
        _phase: bool,
    ) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Turns SPI bus `id` off (no-op for ids the machine lacks).
    fn spi_deinit(&mut self, _id: u32) {}

    /// Sends `data` on SPI bus `id`, most significant bit first, replacing each byte with
    /// the one received meanwhile; `TIMED_OUT` when the controller does not finish a frame.
    fn spi_transfer(&mut self, _id: u32, _data: &mut [u8]) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }
}

/// A port with no console, no clock and no peripherals: it stands in for the real one
/// during a soft reset, and serves tests that need an interpreter but no board.
pub struct NullPort;

impl Port for NullPort {
    fn console_write(&mut self, _: &[u8]) {}
    fn console_read(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&self) -> u64 {
        0
    }
    fn ticks_us(&self) -> u64 {
        0
    }
    fn sleep_us(&mut self, _: u64) {}
    fn reset(&mut self) -> ! {
        panic!("reset without a board")
    }
    fn board_name(&self) -> &str {
        "none"
    }
}
