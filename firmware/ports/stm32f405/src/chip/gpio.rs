//! GPIO ports: pin modes, pulls, alternate functions, output levels, input levels.
//!
//! Output levels and directions are also kept in RAM: `level` answers from them for
//! outputs, so read-back works where the GPIO block reads as zeroes (QEMU has no model of it).

use core::sync::atomic::{AtomicU16, Ordering};

use super::{modify, read, write};

/// Ports A..=I.
pub const PORTS: u8 = 9;

/// The level last written to each pin (bit n of port p).
static OUTPUT_LEVELS: [AtomicU16; PORTS as usize] = [const { AtomicU16::new(0) }; PORTS as usize];
/// Which pins are outputs (push-pull or open-drain).
static OUTPUTS: [AtomicU16; PORTS as usize] = [const { AtomicU16::new(0) }; PORTS as usize];

/// A pin's pull resistor (the PUPDR field values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pull {
    None = 0,
    Up = 1,
    Down = 2,
}

/// A GPIO port (A = 0, B = 1, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Port(pub u8);

/// A pin: port and number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pin {
    pub port: Port,
    pub number: u8,
}

impl Pin {
    pub const fn new(port: u8, number: u8) -> Self {
        Pin {
            port: Port(port),
            number,
        }
    }

    fn base(self) -> usize {
        0x4002_0000 + 0x400 * usize::from(self.port.0)
    }

    /// The RCC AHB1 enable bit of this pin's port.
    pub fn clock_bit(self) -> u32 {
        1 << self.port.0
    }

    fn set_mode(self, mode: u32) {
        let shift = 2 * u32::from(self.number);
        modify(self.base(), 0b11 << shift, mode << shift);
    }

    fn bit(self) -> u16 {
        1 << self.number
    }

    fn remember_output(self, output: bool) {
        let outputs = &OUTPUTS[usize::from(self.port.0)];
        if output {
            outputs.fetch_or(self.bit(), Ordering::Relaxed);
        } else {
            outputs.fetch_and(!self.bit(), Ordering::Relaxed);
        }
    }

    /// Push-pull output.
    pub fn make_output(self) {
        modify(self.base() + 0x04, u32::from(self.bit()), 0);
        self.set_mode(0b01);
        self.remember_output(true);
    }

    /// Open-drain output.
    pub fn make_open_drain(self) {
        modify(self.base() + 0x04, 0, u32::from(self.bit()));
        self.set_mode(0b01);
        self.remember_output(true);
    }

    /// Input.
    pub fn make_input(self) {
        self.set_mode(0b00);
        self.remember_output(false);
    }

    /// Analog mode (an ADC input: the digital input stage off, no pull).
    pub fn make_analog(self) {
        self.remember_output(false);
        self.set_pull(Pull::None);
        self.set_mode(0b11);
    }

    /// Sets the pull resistor.
    pub fn set_pull(self, pull: Pull) {
        let shift = 2 * u32::from(self.number);
        modify(self.base() + 0x0c, 0b11 << shift, (pull as u32) << shift);
    }

    /// The level: the input register for inputs, the level last written for outputs.
    pub fn level(self) -> bool {
        let port = usize::from(self.port.0);
        if OUTPUTS[port].load(Ordering::Relaxed) & self.bit() != 0 {
            return OUTPUT_LEVELS[port].load(Ordering::Relaxed) & self.bit() != 0;
        }
        self.input_level()
    }

    /// The level on the pin itself (the input register, also for an open-drain output: a
    /// released line reads as what the bus holds).
    pub fn input_level(self) -> bool {
        read(self.base() + 0x10) & u32::from(self.bit()) != 0
    }

    /// Alternate function `function` (0..=15), high speed.
    pub fn make_alternate(self, function: u32) {
        self.remember_output(false);
        let shift = 2 * u32::from(self.number);
        modify(self.base() + 0x08, 0b11 << shift, 0b10 << shift);
        let register = self.base() + if self.number < 8 { 0x20 } else { 0x24 };
        let shift = 4 * u32::from(self.number % 8);
        modify(register, 0b1111 << shift, (function & 0b1111) << shift);
        self.set_mode(0b10);
    }

    /// Drives the pin high or low (atomic, through BSRR).
    pub fn set(self, high: bool) {
        let levels = &OUTPUT_LEVELS[usize::from(self.port.0)];
        if high {
            levels.fetch_or(self.bit(), Ordering::Relaxed);
        } else {
            levels.fetch_and(!self.bit(), Ordering::Relaxed);
        }
        let bit = 1u32 << self.number;
        write(self.base() + 0x18, if high { bit } else { bit << 16 });
    }
}
