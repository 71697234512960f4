//! The flash interface (RM0090 §3): wait states and caches, set before the core clock goes
//! up; sector erase and word programming for the filesystem.
//!
//! Programming follows RM0090 §3.6: unlock CR with the two keys, wait while BSY, clear stale
//! error flags, set PSIZE (x32: 2.7–3.6 V), start the operation, wait while BSY (with a
//! timeout), check the error flags, lock again. The core stalls on instruction fetches while
//! the flash is busy, so interrupts (the UART's) wait until a sector erase ends.

use super::{modify, read, write};

const ACR: usize = 0x4002_3c00;
const KEYR: usize = 0x4002_3c04;
const SR: usize = 0x4002_3c0c;
const CR: usize = 0x4002_3c10;

const LATENCY_MASK: u32 = 0b111;
const PREFETCH: u32 = 1 << 8;
const INSTRUCTION_CACHE: u32 = 1 << 9;
const DATA_CACHE: u32 = 1 << 10;
const DATA_CACHE_RESET: u32 = 1 << 12;

const KEY1: u32 = 0x4567_0123;
const KEY2: u32 = 0xcdef_89ab;

const SR_BSY: u32 = 1 << 16;
/// EOP, OPERR, WRPERR, PGAERR, PGPERR, PGSERR (write 1 to clear).
const SR_FLAGS: u32 = 0b1111_0011;
const SR_ERRORS: u32 = 0b1111_0010;

const CR_PG: u32 = 1 << 0;
const CR_SER: u32 = 1 << 1;
const CR_SNB_SHIFT: u32 = 3;
const CR_PSIZE_X32: u32 = 0b10 << 8;
const CR_STRT: u32 = 1 << 16;
const CR_LOCK: u32 = 1 << 31;

/// Polls of SR before an operation counts as hung: far above a 64 KiB sector's worst-case
/// erase time (1.1 s at x32) at 168 MHz.
const BUSY_POLLS: u32 = 100_000_000;

/// Why a flash operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashError {
    /// An error flag (write protection, alignment, sequence, …) was set.
    Rejected,
    /// BSY never cleared.
    Timeout,
}

/// Sets `wait_states` (5 for 168 MHz at 3.3 V) and turns on prefetch and both caches.
pub fn configure(wait_states: u32) {
    modify(
        ACR,
        LATENCY_MASK,
        (wait_states & LATENCY_MASK) | PREFETCH | INSTRUCTION_CACHE | DATA_CACHE,
    );
}

fn wait_idle() -> Result<(), FlashError> {
    if (0..BUSY_POLLS).any(|_| read(SR) & SR_BSY == 0) {
        Ok(())
    } else {
        Err(FlashError::Timeout)
    }
}

/// Runs `operation` with CR unlocked and locks it again, whatever happens.
fn unlocked(operation: impl FnOnce() -> Result<(), FlashError>) -> Result<(), FlashError> {
    if read(CR) & CR_LOCK != 0 {
        write(KEYR, KEY1);
        write(KEYR, KEY2);
    }
    let result = wait_idle().and_then(|()| {
        write(SR, SR_FLAGS);
        operation()
    });
    modify(CR, CR_PG | CR_SER | (0b1111 << CR_SNB_SHIFT), CR_LOCK);
    result
}

fn finish() -> Result<(), FlashError> {
    wait_idle()?;
    if read(SR) & SR_ERRORS != 0 {
        return Err(FlashError::Rejected);
    }
    Ok(())
}

/// Erases sector `sector` (0..=11), then drops stale lines from the data cache.
pub fn erase_sector(sector: u32) -> Result<(), FlashError> {
    let result = unlocked(|| {
        write(
            CR,
            CR_SER | ((sector & 0b1111) << CR_SNB_SHIFT) | CR_PSIZE_X32,
        );
        modify(CR, 0, CR_STRT);
        finish()
    });
    // RM0090 §3.5.2: reset the data cache (it may hold the old contents) while disabled.
    modify(ACR, DATA_CACHE, 0);
    modify(ACR, 0, DATA_CACHE_RESET);
    modify(ACR, DATA_CACHE_RESET, DATA_CACHE);
    result
}

/// Programs `words` at the word-aligned flash `address`; each word's target must be erased.
pub fn program_words(address: usize, words: &[u32]) -> Result<(), FlashError> {
    unlocked(|| {
        write(CR, CR_PG | CR_PSIZE_X32);
        for (index, &word) in words.iter().enumerate() {
            if word == 0xffff_ffff {
                continue;
            }
            write(address + 4 * index, word);
            finish()?;
        }
        Ok(())
    })
}
