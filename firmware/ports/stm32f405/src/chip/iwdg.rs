//! The independent watchdog (IWDG, RM0090 21): a 12-bit down-counter on the ~32 kHz LSI
//! through a prescaler of 4 to 256; the chip resets when it reaches zero. Once started it
//! runs until the next reset (the LSI starts with it).

use super::{read, write};

const BASE: usize = 0x4000_3000;
/// Key: `START`, `UNLOCK` (lets PR and RLR be written) or `FEED`.
const KR: usize = BASE;
const PR: usize = BASE + 0x04;
const RLR: usize = BASE + 0x08;
/// Status: PVU/RVU while a new prescaler/reload is being taken over.
const SR: usize = BASE + 0x0c;

const KEY_START: u32 = 0xcccc;
const KEY_UNLOCK: u32 = 0x5555;
const KEY_FEED: u32 = 0xaaaa;

/// The LSI's nominal frequency (RM0090 gives 17 to 47 kHz; the datasheet's typical is 32).
const LSI_HZ: u64 = 32_000;
/// Polls of SR before giving up on the update (LSI cycles are ~30 µs; QEMU reads SR as 0).
const UPDATE_POLLS: u32 = 100_000;

/// Runs the watchdog with a reset `timeout_ms` after the last `feed`; the longest, at
/// prescaler 256, is 4096 × 8 ms ≈ 32.8 s (`Err` beyond).
pub fn start(timeout_ms: u32) -> Result<(), pyrite::port::HwError> {
    // Prescaler field 0..=6 divides by 4 << field.
    let ticks = |field: u32| u64::from(timeout_ms) * LSI_HZ / (1000 * (4u64 << field));
    let Some(field) = (0..=6).find(|&field| ticks(field) <= 4096) else {
        return Err(pyrite::port::INVALID);
    };
    let reload = ticks(field).clamp(1, 4096) - 1;
    write(KR, KEY_START);
    write(KR, KEY_UNLOCK);
    write(PR, field);
    write(RLR, reload as u32);
    for _ in 0..UPDATE_POLLS {
        if read(SR) & 0b11 == 0 {
            break;
        }
    }
    feed();
    Ok(())
}

/// Reloads the counter.
pub fn feed() {
    write(KR, KEY_FEED);
}
