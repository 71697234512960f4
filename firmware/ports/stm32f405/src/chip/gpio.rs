//! GPIO ports: pin modes, alternate functions, output levels.

use super::{modify, write};

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

    /// Push-pull output.
    pub fn make_output(self) {
        self.set_mode(0b01);
    }

    /// Alternate function `function` (0..=15), high speed.
    pub fn make_alternate(self, function: u32) {
        let shift = 2 * u32::from(self.number);
        modify(self.base() + 0x08, 0b11 << shift, 0b10 << shift);
        let register = self.base() + if self.number < 8 { 0x20 } else { 0x24 };
        let shift = 4 * u32::from(self.number % 8);
        modify(register, 0b1111 << shift, (function & 0b1111) << shift);
        self.set_mode(0b10);
    }

    /// Drives the pin high or low (atomic, through BSRR).
    pub fn set(self, high: bool) {
        let bit = 1u32 << self.number;
        write(self.base() + 0x18, if high { bit } else { bit << 16 });
    }
}
