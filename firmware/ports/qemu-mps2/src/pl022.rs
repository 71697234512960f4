//! The ARM PrimeCell PL022 synchronous serial port (ARM DDI 0194) as an SPI controller:
//! Motorola frame format, 8-bit frames, polled one frame at a time, every wait bounded.

use pyrite::port::{HwError, TIMED_OUT};

const CR0: usize = 0x00;
const CR1: usize = 0x04;
const DR: usize = 0x08;
const SR: usize = 0x0c;
const CPSR: usize = 0x10;

/// Data size select: 8-bit frames (the field holds the size minus one).
const CR0_DATA_SIZE_8: u32 = 7;
/// Clock polarity: SSPCLKOUT idles high.
const CR0_SPO: u32 = 1 << 6;
/// Clock phase: data captured on the second edge.
const CR0_SPH: u32 = 1 << 7;
const CR0_SERIAL_CLOCK_RATE_SHIFT: u32 = 8;
/// Synchronous serial port enable (with MS clear: controller mode).
const CR1_SSE: u32 = 1 << 1;
/// Transmit FIFO not full.
const SR_TNF: u32 = 1 << 1;
/// Receive FIFO not empty.
const SR_RNE: u32 = 1 << 2;
const SR_BSY: u32 = 1 << 4;
/// The receive FIFO's depth.
const FIFO_DEPTH: usize = 8;

/// Status polls before a frame counts as stuck: far more than one frame takes at the slowest
/// rate (25 MHz / 65024: about 21 ms for 8 bits).
const FLAG_POLLS: u32 = 1 << 21;

/// One PL022 at its base address.
#[derive(Clone, Copy)]
pub struct Pl022(pub usize);

impl Pl022 {
    fn read(self, offset: usize) -> u32 {
        // SAFETY: base + offset is a PL022 register on this machine; reading DR pops the
        // receive FIFO, which callers want.
        unsafe { core::ptr::read_volatile((self.0 + offset) as *const u32) }
    }

    fn write(self, offset: usize, value: u32) {
        // SAFETY: base + offset is a PL022 register on this machine; values are built from
        // the TRM's fields.
        unsafe { core::ptr::write_volatile((self.0 + offset) as *mut u32, value) }
    }

    /// Waits until the status bits `mask` read as set (`set`) or clear.
    fn wait(self, mask: u32, set: bool) -> Result<(), HwError> {
        if (0..FLAG_POLLS).any(|_| (self.read(SR) & mask != 0) == set) {
            Ok(())
        } else {
            Err(TIMED_OUT)
        }
    }

    /// Controller mode with 8-bit frames at the fastest rate not above `baudrate`, from a
    /// `clock_hz` SSPCLK; `polarity` and `phase` are SPO and SPH.
    pub fn enable(self, clock_hz: u32, baudrate: u32, polarity: bool, phase: bool) {
        self.disable();
        // Bit rate = SSPCLK / (CPSDVSR × (1 + SCR)), CPSDVSR even in 2..=254, SCR 0..=255.
        let divisor = clock_hz.div_ceil(baudrate.max(1)).clamp(2, 254 * 256);
        let prescale = (divisor.div_ceil(256).max(2) + 1) & !1;
        let serial_clock_rate = divisor.div_ceil(prescale) - 1;
        self.write(CPSR, prescale);
        self.write(
            CR0,
            CR0_DATA_SIZE_8
                | if polarity { CR0_SPO } else { 0 }
                | if phase { CR0_SPH } else { 0 }
                | serial_clock_rate << CR0_SERIAL_CLOCK_RATE_SHIFT,
        );
        self.write(CR1, CR1_SSE);
    }

    /// Lets the last frame finish, then turns the port off.
    pub fn disable(self) {
        // A port that stays busy is turned off all the same.
        let _ = self.wait(SR_BSY, false);
        self.write(CR1, 0);
    }

    /// Sends each byte of `data` and replaces it with the byte received meanwhile.
    pub fn transfer(self, data: &mut [u8]) -> Result<(), HwError> {
        // Frames left over from an earlier, interrupted transfer.
        for _ in 0..FIFO_DEPTH {
            if self.read(SR) & SR_RNE == 0 {
                break;
            }
            self.read(DR);
        }
        for byte in data {
            self.wait(SR_TNF, true)?;
            self.write(DR, u32::from(*byte));
            self.wait(SR_RNE, true)?;
            *byte = self.read(DR) as u8;
        }
        Ok(())
    }
}
