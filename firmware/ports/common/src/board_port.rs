//! `BoardPort`: the runtime's `Port` for any `Board` (UART console, SysTick time, reset,
//! files, and the `machine` hardware: virtual timers here, the rest from the board's
//! `Machine`).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::marker::PhantomData;

use pyrite::port::{
    FileStat, FsError, FsUsage, HwError, PinEdges, PinMode, PinPull, Port, PwmTiming,
};

use crate::board::Board;
use crate::console::write_cooked;
use crate::files::Files;
use crate::{reset_cause, soft_timers, ticks, wall_clock};

/// The `Port` of board `B`.
pub struct BoardPort<B: Board> {
    board: PhantomData<B>,
    files: Files,
    /// The counter behind `random_u64` (splitmix64), seeded from the clock and chip id.
    random_state: u64,
}

impl<B: Board> Default for BoardPort<B> {
    fn default() -> Self {
        Self::new()
    }
}

/// 64 bits from the chip's hardware random number generator, or 0 without one.
fn hardware_word<B: Board>() -> u64 {
    match (B::hardware_random(), B::hardware_random()) {
        (Some(high), Some(low)) => u64::from(high) << 32 | u64::from(low),
        _ => 0,
    }
}

impl<B: Board> BoardPort<B> {
    /// The port; the board must have started its UART and `ticks::start` already.
    pub fn new() -> Self {
        Self::with_files(Files::mount(None).0)
    }

    /// The port over a mounted filesystem (`Files::mount`).
    pub fn with_files(files: Files) -> Self {
        // Boot takes a varying number of microseconds only on real hardware (the UART, the
        // clock's start-up); the chip id makes boards differ. QEMU's start is the same each
        // time, so its sequences repeat from boot to boot, not from call to call.
        let mut seed = ticks::micros();
        for byte in B::unique_id().unwrap_or_default() {
            seed = seed.rotate_left(8) ^ u64::from(byte);
        }
        seed ^= hardware_word::<B>();
        BoardPort {
            board: PhantomData,
            files,
            random_state: seed,
        }
    }
}

impl<B: Board> Port for BoardPort<B> {
    fn console_write(&mut self, bytes: &[u8]) {
        write_cooked(B::write_byte, bytes);
    }

    fn console_write_raw(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            B::write_byte(byte);
        }
    }

    fn console_read(&mut self) -> Option<u8> {
        loop {
            if let Some(byte) = B::receive_ring().pop() {
                return Some(byte);
            }
            // The UART interrupt (or SysTick, every millisecond) wakes us; a byte that lands
            // between `pop` and `wfi` waits at most one tick.
            cortex_m::asm::wfi();
        }
    }

    fn console_ready(&mut self) -> bool {
        !B::receive_ring().is_empty()
    }

    fn ticks_ms(&self) -> u64 {
        ticks::millis()
    }

    fn ticks_us(&self) -> u64 {
        ticks::micros()
    }

    fn time_s(&self) -> Option<f64> {
        wall_clock::now()
    }

    fn set_time_us(&mut self, micros: i64) -> Result<(), HwError> {
        wall_clock::set(micros);
        Ok(())
    }

    fn sleep_us(&mut self, us: u64) {
        let end = ticks::micros().saturating_add(us);
        loop {
            let now = ticks::micros();
            if now >= end || pyrite::port::attention_pending() {
                return;
            }
            if end - now > 1000 {
                cortex_m::asm::wfi();
            }
        }
    }

    /// splitmix64 (Steele, Lea and Flood) over a counter, each step stirred with the
    /// microsecond clock, so that words never repeat from call to call (the trait's default,
    /// a clock reading, did within a microsecond), and with the chip's hardware random
    /// generator where it has one running (the STM32F405's RNG on a real board): there the
    /// words are true random, elsewhere (QEMU) not for keys.
    fn random_u64(&mut self) -> u64 {
        self.random_state =
            self.random_state.wrapping_add(0x9e37_79b9_7f4a_7c15) ^ hardware_word::<B>();
        let mut z = self.random_state ^ ticks::micros().rotate_left(29);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn reset(&mut self) -> ! {
        reset_cause::note(reset_cause::HARD);
        cortex_m::peripheral::SCB::sys_reset()
    }

    fn settle_heap(&mut self) {
        crate::heap::settle();
    }

    fn board_name(&self) -> &str {
        B::NAME
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        self.files.read_file(path)
    }

    fn module_path(&self) -> Vec<Box<str>> {
        alloc::vec![Box::from(""), Box::from("/lib")]
    }

    fn fs_list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        self.files.list_dir(path)
    }

    fn fs_mkdir(&mut self, path: &str) -> Result<(), FsError> {
        self.files.mkdir(path)
    }

    fn fs_rmdir(&mut self, path: &str) -> Result<(), FsError> {
        self.files.rmdir(path)
    }

    fn fs_remove(&mut self, path: &str) -> Result<(), FsError> {
        self.files.remove(path)
    }

    fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        self.files.rename(from, to)
    }

    fn fs_stat(&mut self, path: &str) -> Result<FileStat, FsError> {
        self.files.stat(path)
    }

    fn fs_usage(&mut self, path: &str) -> Result<FsUsage, FsError> {
        self.files.usage(path)
    }

    fn fs_getcwd(&mut self) -> Result<String, FsError> {
        self.files.getcwd()
    }

    fn fs_chdir(&mut self, path: &str) -> Result<(), FsError> {
        self.files.chdir(path)
    }

    fn fs_read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        self.files.read(path)
    }

    fn fs_write(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), FsError> {
        self.files.write(path, data, append)
    }

    // ----- `machine`: the core's own parts here, the rest from the board's `Machine` -----

    fn cpu_freq(&self) -> Option<u32> {
        Some(B::core_clock_hz())
    }

    fn idle(&mut self) {
        cortex_m::asm::wfi();
    }

    fn irq_disable(&mut self) -> u32 {
        let was_enabled = cortex_m::register::primask::read().is_active();
        cortex_m::interrupt::disable();
        u32::from(was_enabled)
    }

    fn irq_restore(&mut self, state: u32) {
        if state != 0 {
            // SAFETY: re-enables interrupts that were enabled before `irq_disable`; no
            // critical section of ours is open across Python code.
            unsafe { cortex_m::interrupt::enable() };
        }
    }

    fn unique_id(&self) -> Option<Vec<u8>> {
        B::unique_id()
    }

    fn reset_cause(&self) -> u32 {
        reset_cause::current()
    }

    fn watchdog_start(&mut self, timeout_ms: u32) -> Result<(), HwError> {
        B::watchdog_start(timeout_ms)
    }

    fn watchdog_feed(&mut self) {
        B::watchdog_feed();
        // In time after all: the warning's note must not outlive it.
        reset_cause::withdraw();
    }

    fn mem_read(&mut self, address: u32, width: u32) -> Result<u32, HwError> {
        let pointer = address as usize;
        // SAFETY: `machine.mem*` is raw access to the bus by design (MicroPython's, for
        // registers): `machine` checked the alignment, and an address nothing answers ends
        // in the fault handler's report, as on MicroPython. Volatile: a register read may
        // have effects, and must happen once, at this width.
        unsafe {
            Ok(match width {
                1 => u32::from(core::ptr::read_volatile(pointer as *const u8)),
                2 => u32::from(core::ptr::read_volatile(pointer as *const u16)),
                _ => core::ptr::read_volatile(pointer as *const u32),
            })
        }
    }

    fn mem_write(&mut self, address: u32, width: u32, value: u32) -> Result<(), HwError> {
        let pointer = address as usize;
        // SAFETY: as in `mem_read`; a write into the interpreter's own RAM can break it, as
        // the same write does on MicroPython.
        unsafe {
            match width {
                1 => core::ptr::write_volatile(pointer as *mut u8, value as u8),
                2 => core::ptr::write_volatile(pointer as *mut u16, value as u16),
                _ => core::ptr::write_volatile(pointer as *mut u32, value),
            }
        }
        Ok(())
    }

    fn pin_lookup(&self, name: &str) -> Option<u32> {
        B::pin_lookup(name)
    }

    fn pin_name(&self, id: u32) -> Option<String> {
        B::pin_name(id)
    }

    fn pin_configure(&mut self, id: u32, mode: PinMode, pull: PinPull) -> Result<(), HwError> {
        B::pin_configure(id, mode, pull)
    }

    fn pin_write(&mut self, id: u32, high: bool) {
        B::pin_write(id, high);
    }

    fn pin_read(&mut self, id: u32) -> bool {
        B::pin_read(id)
    }

    fn pin_irq(&mut self, id: u32, edges: PinEdges) -> Result<u32, HwError> {
        B::pin_irq(id, edges)
    }

    fn adc_channel(&self, pin: u32) -> Option<u32> {
        B::adc_channel(pin)
    }

    fn adc_init(&mut self, channel: u32) -> Result<(), HwError> {
        B::adc_init(channel)
    }

    fn adc_read(&mut self, channel: u32) -> Result<u16, HwError> {
        B::adc_read(channel)
    }

    fn pwm_init(&mut self, pin: u32, invert: bool) -> Result<u32, HwError> {
        B::pwm_init(pin, invert)
    }

    fn pwm_channel_of(&self, pin: u32) -> Option<u32> {
        B::pwm_channel_of(pin)
    }

    fn pwm_set_period(&mut self, channel: u32, ticks: u64) -> Result<(), HwError> {
        B::pwm_set_period(channel, ticks)
    }

    fn pwm_timing(&mut self, channel: u32) -> PwmTiming {
        B::pwm_timing(channel)
    }

    fn pwm_set_active(&mut self, channel: u32, counts: u32) {
        B::pwm_set_active(channel, counts)
    }

    fn pwm_deinit(&mut self, channel: u32) {
        B::pwm_deinit(channel)
    }

    fn timer_start(&mut self, id: u32, period_us: u64, periodic: bool) -> Result<(), HwError> {
        if soft_timers::is_virtual(id) {
            return soft_timers::start(id, period_us, periodic);
        }
        B::timer_start(id, period_us, periodic)
    }

    fn timer_stop(&mut self, id: u32) {
        soft_timers::stop(id);
        B::timer_stop(id);
    }

    fn uart_init(&mut self, id: u32, baudrate: u32) -> Result<(), HwError> {
        B::uart_init(id, baudrate)
    }

    fn uart_write(&mut self, id: u32, data: &[u8]) {
        B::uart_write(id, data);
    }

    fn uart_read(&mut self, id: u32, buffer: &mut [u8]) -> usize {
        B::uart_read(id, buffer)
    }

    fn uart_any(&mut self, id: u32) -> usize {
        B::uart_any(id)
    }

    fn i2c_init(&mut self, id: u32, frequency: u32) -> Result<(), HwError> {
        B::i2c_init(id, frequency)
    }

    fn i2c_write(
        &mut self,
        id: u32,
        address: u8,
        data: &[u8],
        stop: bool,
    ) -> Result<usize, HwError> {
        B::i2c_write(id, address, data, stop)
    }

    fn i2c_read(
        &mut self,
        id: u32,
        address: u8,
        buffer: &mut [u8],
        stop: bool,
    ) -> Result<(), HwError> {
        B::i2c_read(id, address, buffer, stop)
    }

    fn spi_init(
        &mut self,
        id: u32,
        baudrate: u32,
        polarity: bool,
        phase: bool,
    ) -> Result<(), HwError> {
        B::spi_init(id, baudrate, polarity, phase)
    }

    fn spi_deinit(&mut self, id: u32) {
        B::spi_deinit(id);
    }

    fn spi_transfer(&mut self, id: u32, data: &mut [u8]) -> Result<(), HwError> {
        B::spi_transfer(id, data)
    }
}
