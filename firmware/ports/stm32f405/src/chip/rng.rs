//! The true random number generator (RNG, RM0090 24): analog noise conditioned into 32-bit
//! words, one every 40 periods of the 48 MHz PLL48CLK. It runs only when the PLL does (HSE
//! and PLL up; not on the HSI fallback, nor in QEMU, which does not model it).

use super::{read, write};

const BASE: usize = 0x5006_0800;
const CR: usize = BASE;
const SR: usize = BASE + 0x04;
const DR: usize = BASE + 0x08;

const CR_RNGEN: u32 = 1 << 2;
const SR_DRDY: u32 = 1 << 0;
/// A clock error (PLL48CLK too slow) or a seed error (the noise source stuck).
const SR_ERRORS: u32 = (1 << 1) | (1 << 2);
/// The flags' interrupt copies (CEIS, SEIS), cleared by writing 0.
const SR_ERROR_INTERRUPTS: u32 = (1 << 5) | (1 << 6);

/// Polls of SR for one word: a word takes 40 PLL48CLK periods (under 1 µs at 168 MHz, so a
/// few hundred polls at most); past this the generator is taken for broken.
const READY_POLLS: u32 = 10_000;

/// Starts the generator (its AHB2 clock on first) and drops its first word, as RM0090 asks.
/// Call only with the PLL running.
pub fn start() -> bool {
    super::rcc::enable_ahb2(super::rcc::AHB2_RNG);
    write(CR, CR_RNGEN);
    word().is_some()
}

/// The next 32-bit word; `None` if the generator reports an error or never gets ready (the
/// error is cleared and the generator restarted, so a later word may come).
pub fn word() -> Option<u32> {
    for _ in 0..READY_POLLS {
        let status = read(SR);
        if status & SR_ERRORS != 0 {
            // RM0090 24.3.2: clear the flags, restart the generator, drop the words before.
            write(SR, status & !(SR_ERROR_INTERRUPTS));
            write(CR, 0);
            write(CR, CR_RNGEN);
            return None;
        }
        if status & SR_DRDY != 0 {
            return Some(read(DR));
        }
    }
    None
}
