//! The SPI peripherals (RM0090 §28) in controller mode with 8-bit frames and software NSS:
//! polled one frame at a time, every flag wait bounded.

use super::{rcc, read, write};

const CR1: usize = 0x00;
const SR: usize = 0x08;
const DR: usize = 0x0c;

const CR1_CPHA: u32 = 1 << 0;
const CR1_CPOL: u32 = 1 << 1;
/// Controller (master) mode.
const CR1_MSTR: u32 = 1 << 2;
const CR1_BAUD_RATE_SHIFT: u32 = 3;
const CR1_SPE: u32 = 1 << 6;
/// Internal NSS high (with SSM: software NSS, so the NSS pin stays free for a GPIO).
const CR1_SSI: u32 = 1 << 8;
const CR1_SSM: u32 = 1 << 9;

const SR_RXNE: u32 = 1 << 0;
const SR_TXE: u32 = 1 << 1;
const SR_BSY: u32 = 1 << 7;

/// Flag polls before a frame counts as stuck: far more than one frame takes at the slowest
/// rate (16 MHz HSI / 256: 128 µs for 8 bits).
const FLAG_POLLS: u32 = 1 << 20;

/// A flag never came (the controller is off or stuck).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimedOut;

/// One SPI controller: base address, and its RCC enable bit on APB2 (`apb2`) or APB1.
#[derive(Debug, Clone, Copy)]
pub struct Spi {
    base: usize,
    apb2: bool,
    clock_bit: u32,
}

/// SPI1 (APB2).
pub const SPI1: Spi = Spi {
    base: 0x4001_3000,
    apb2: true,
    clock_bit: 1 << 12,
};
/// SPI2 (APB1).
pub const SPI2: Spi = Spi {
    base: 0x4000_3800,
    apb2: false,
    clock_bit: 1 << 14,
};

impl Spi {
    /// Whether the controller hangs off APB2 (else APB1): which clock feeds its baud rate.
    pub fn on_apb2(self) -> bool {
        self.apb2
    }

    /// Waits until the status bits `mask` read as set (`set`) or clear.
    fn wait(self, mask: u32, set: bool) -> Result<(), TimedOut> {
        if (0..FLAG_POLLS).any(|_| (read(self.base + SR) & mask != 0) == set) {
            Ok(())
        } else {
            Err(TimedOut)
        }
    }

    /// Clocks the controller and makes it a controller with 8-bit frames, MSB first, at
    /// the fastest rate not above `baudrate` from its `clock_hz` bus clock (clock / 2..=256);
    /// `polarity` and `phase` are CPOL and CPHA.
    pub fn enable(self, clock_hz: u32, baudrate: u32, polarity: bool, phase: bool) {
        if self.apb2 {
            rcc::enable_apb2(self.clock_bit);
        } else {
            rcc::enable_apb1(self.clock_bit);
        }
        self.disable();
        let divider = (0..7)
            .find(|&n| clock_hz >> (n + 1) <= baudrate)
            .unwrap_or(7);
        let config = CR1_MSTR
            | CR1_SSM
            | CR1_SSI
            | divider << CR1_BAUD_RATE_SHIFT
            | if polarity { CR1_CPOL } else { 0 }
            | if phase { CR1_CPHA } else { 0 };
        // Configure with SPE clear, then enable (RM0090's controller-mode sequence).
        write(self.base + CR1, config);
        write(self.base + CR1, config | CR1_SPE);
    }

    /// Lets the last frame finish, then turns the controller off.
    pub fn disable(self) {
        // A controller that stays busy is turned off all the same.
        let _ = self.wait(SR_BSY, false);
        write(self.base + CR1, 0);
    }

    /// Sends each byte of `data` and replaces it with the byte received meanwhile.
    pub fn transfer(self, data: &mut [u8]) -> Result<(), TimedOut> {
        // A frame left over from an earlier, interrupted transfer (this also clears OVR).
        if read(self.base + SR) & SR_RXNE != 0 {
            read(self.base + DR);
        }
        for byte in data {
            self.wait(SR_TXE, true)?;
            write(self.base + DR, u32::from(*byte));
            self.wait(SR_RXNE, true)?;
            *byte = read(self.base + DR) as u8;
        }
        Ok(())
    }
}
