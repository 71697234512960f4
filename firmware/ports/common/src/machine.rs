//! `Machine`: the hardware a board offers to Python's `machine` module — pins by name and
//! number with their interrupts, analog inputs, PWM outputs, timers whose interrupts signal Python
//! callbacks, UARTs, I2C and SPI buses, a chip id. Every item has a "not here" default, so a
//! board implements only what it wires up; `BoardPort` forwards the runtime's `Port`
//! hardware calls to it.

use alloc::string::String;
use alloc::vec::Vec;

use pyrite::port::{HwError, PinEdges, PinMode, PinPull, PwmTiming, NO_DEVICE};

/// A board's peripherals for `machine` (associated functions, like `Board`'s).
pub trait Machine {
    /// Bytes that identify this chip (`machine.unique_id()`).
    fn unique_id() -> Option<Vec<u8>> {
        None
    }

    /// A word from the chip's hardware random number generator, if it has one running
    /// (mixed into `random`'s seeds and `os.urandom`).
    fn hardware_random() -> Option<u32> {
        None
    }

    /// Why the chip started, from its own reset flags (`reset_cause::*`), if it keeps any;
    /// called once at boot.
    fn reset_cause_from_chip() -> Option<u32> {
        None
    }

    /// Starts the watchdog (see `Port::watchdog_start`).
    fn watchdog_start(_timeout_ms: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn watchdog_feed() {}

    /// The pin called `name`.
    fn pin_lookup(_name: &str) -> Option<u32> {
        None
    }

    /// Pin `id`'s name; `None` if there is no such pin.
    fn pin_name(_id: u32) -> Option<String> {
        None
    }

    fn pin_configure(_id: u32, _mode: PinMode, _pull: PinPull) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn pin_write(_id: u32, _high: bool) {}

    /// The input level, or for an output the level it drives.
    fn pin_read(_id: u32) -> bool {
        false
    }

    /// Arms or stops pin `id`'s interrupt line (`pyrite::Port::pin_irq`).
    fn pin_irq(_id: u32, _edges: PinEdges) -> Result<u32, HwError> {
        Err(NO_DEVICE)
    }

    /// Stops what a program started that would outlive it — pin interrupt lines, PWM
    /// outputs — at a soft reset (the program, and its handlers, are gone).
    fn stop_program_hardware() {}

    /// The analog input channel of pin `id` (`pyrite::Port::adc_channel`).
    fn adc_channel(_pin: u32) -> Option<u32> {
        None
    }

    fn adc_init(_channel: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// One conversion scaled to 16 bits (`pyrite::Port::adc_read`).
    fn adc_read(_channel: u32) -> Result<u16, HwError> {
        Err(NO_DEVICE)
    }

    /// Takes pin `id`'s PWM channel (`pyrite::Port::pwm_init`).
    fn pwm_init(_pin: u32, _invert: bool) -> Result<u32, HwError> {
        Err(NO_DEVICE)
    }

    fn pwm_channel_of(_pin: u32) -> Option<u32> {
        None
    }

    fn pwm_set_period(_channel: u32, _ticks: u64) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn pwm_timing(_channel: u32) -> PwmTiming {
        PwmTiming::default()
    }

    fn pwm_set_active(_channel: u32, _counts: u32) {}

    fn pwm_deinit(_channel: u32) {}

    /// Starts timer `id`; its interrupt handler calls `pyrite::port::signal_irq(id)`.
    fn timer_start(_id: u32, _period_us: u64, _periodic: bool) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn timer_stop(_id: u32) {}

    /// Sets up UART `id`; its receive interrupt fills a ring that `uart_read` drains.
    fn uart_init(_id: u32, _baudrate: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn uart_write(_id: u32, _data: &[u8]) {}

    /// Takes received bytes without waiting; how many.
    fn uart_read(_id: u32, _buffer: &mut [u8]) -> usize {
        0
    }

    fn uart_any(_id: u32) -> usize {
        0
    }

    /// Sets up I2C bus `id` as a controller (`pyrite::Port::i2c_init`).
    fn i2c_init(_id: u32, _frequency: u32) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn i2c_write(_id: u32, _address: u8, _data: &[u8], _stop: bool) -> Result<usize, HwError> {
        Err(NO_DEVICE)
    }

    fn i2c_read(_id: u32, _address: u8, _buffer: &mut [u8], _stop: bool) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    /// Sets up SPI bus `id` as a controller (`pyrite::Port::spi_init`).
    fn spi_init(_id: u32, _baudrate: u32, _polarity: bool, _phase: bool) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }

    fn spi_deinit(_id: u32) {}

    /// Sends `data`, replacing each byte with the one received (`pyrite::Port::spi_transfer`).
    fn spi_transfer(_id: u32, _data: &mut [u8]) -> Result<(), HwError> {
        Err(NO_DEVICE)
    }
}
