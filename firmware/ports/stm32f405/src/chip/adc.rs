//! The analog-to-digital converter ADC1 (RM0090 13): single 12-bit conversions started by
//! software, one channel at a time. Channels 0..=15 are pins; 16 is the temperature sensor,
//! 17 the internal reference, 18 VBAT/2.

use super::{modify, read, write};

const BASE: usize = 0x4001_2000;
const SR: usize = BASE;
const CR2: usize = BASE + 0x08;
const SMPR1: usize = BASE + 0x0c;
const SQR1: usize = BASE + 0x2c;
const SQR3: usize = BASE + 0x34;
const DR: usize = BASE + 0x4c;
/// The common control register (ADC_CCR) of the three ADCs.
const CCR: usize = BASE + 0x304;

const SR_EOC: u32 = 1 << 1;
const CR2_ADON: u32 = 1 << 0;
const CR2_SWSTART: u32 = 1 << 30;
/// ADC_CCR: the clock prescaler PCLK2 / 4 (21 MHz at 168 MHz; the ADC allows 36), the
/// temperature sensor and reference on (TSVREFE) and VBAT's divider on (VBATE).
const CCR_SETTINGS: u32 = (0b01 << 16) | (1 << 23) | (1 << 22);
/// RCC APB2ENR's ADC1EN.
pub const CLOCK: u32 = 1 << 8;

/// The highest channel.
pub const LAST_CHANNEL: u32 = 18;

/// Polls of SR for one conversion: 480 + 12 ADC clocks (the sample time set below) take
/// under 25 µs, a few thousand polls at most.
const READY_POLLS: u32 = 20_000;

/// Powers the converter up and gives `channel` the longest sample time (480 cycles: high
/// source impedances read right).
pub fn enable(channel: u32) {
    write(CCR, CCR_SETTINGS);
    modify(CR2, 0, CR2_ADON);
    let (register, field) = if channel < 10 {
        (SMPR1 + 4, channel)
    } else {
        (SMPR1, channel - 10)
    };
    modify(register, 0b111 << (3 * field), 0b111 << (3 * field));
}

/// One conversion of `channel` (12 bits). Without `wait` (QEMU's model, which never sets
/// the end-of-conversion flag but converts when DR is read) it reads DR at once; otherwise
/// `None` when the conversion never ends.
pub fn convert(channel: u32, wait: bool) -> Option<u16> {
    write(SQR1, 0); // one conversion in the sequence
    write(SQR3, channel);
    modify(CR2, 0, CR2_SWSTART);
    if wait && !(0..READY_POLLS).any(|_| read(SR) & SR_EOC != 0) {
        return None;
    }
    Some((read(DR) & 0xfff) as u16)
}
