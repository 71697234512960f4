//! Where the pyboard keeps its filesystem: flash sectors 1–4, as MicroPython's pyboard does.
//!
//! Half A is sectors 1–3 (3 × 16 KiB at 0x0800_4000), half B the first 48 KiB of sector 4
//! (64 KiB at 0x0801_0000), so each half erases as whole sectors: 48 KiB of files. The image
//! starts at sector 5 (memory.x); sector 0 holds the reset vector pair and constants placed
//! there (memory.x).
//!
//! QEMU's `netduinoplus2` maps the flash as ROM and has no flash controller: there, a
//! preloaded filesystem reads, and every write fails the read-back check with `EIO`.

use pyrite_fs::{Error, Storage};

use crate::chip::flash;

/// Flash address of the filesystem's first byte.
const BASE: usize = 0x0800_4000;
/// Bytes of storage (two 48 KiB halves).
const SIZE: u32 = 96 * 1024;
const HALF: u32 = SIZE / 2;

/// The sectors 1–4 storage.
pub struct FlashFiles;

impl FlashFiles {
    fn check(offset: u32, length: usize) -> Result<usize, Error> {
        let end = (offset as usize).checked_add(length).ok_or(Error::Io)?;
        if end > SIZE as usize {
            return Err(Error::Io);
        }
        Ok(BASE + offset as usize)
    }
}

impl Storage for FlashFiles {
    fn size(&self) -> u32 {
        SIZE
    }

    fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Error> {
        let address = Self::check(offset, buffer.len())?;
        // SAFETY: the range is inside sectors 1–4, memory-mapped flash that is always
        // readable and that nothing writes while this borrow lasts.
        unsafe {
            core::ptr::copy_nonoverlapping(address as *const u8, buffer.as_mut_ptr(), buffer.len())
        };
        Ok(())
    }

    fn program(&mut self, offset: u32, data: &[u8]) -> Result<(), Error> {
        let address = Self::check(offset, data.len())?;
        if !address.is_multiple_of(4) || !data.len().is_multiple_of(4) {
            return Err(Error::Io);
        }
        let mut words = [0u32; 16];
        for (index, chunk) in data.chunks(64).enumerate() {
            let count = chunk.len() / 4;
            for (word, bytes) in words.iter_mut().zip(chunk.chunks_exact(4)) {
                *word = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
            }
            let at = address + 64 * index;
            flash::program_words(at, &words[..count]).map_err(|_| Error::Io)?;
            // Read back: catches worn cells and emulators that map the flash as ROM.
            let mut check = [0u8; 64];
            self.read(offset + 64 * index as u32, &mut check[..chunk.len()])?;
            if check[..chunk.len()] != *chunk {
                return Err(Error::Io);
            }
        }
        Ok(())
    }

    fn erase(&mut self, offset: u32, length: u32) -> Result<(), Error> {
        let sectors: &[u32] = match (offset, length) {
            (0, HALF) => &[1, 2, 3],
            (HALF, HALF) => &[4],
            _ => return Err(Error::Io),
        };
        for &sector in sectors {
            flash::erase_sector(sector).map_err(|_| Error::Io)?;
        }
        // Read back: an erase that did not take must not pass for a blank half.
        let mut check = [0u8; 64];
        let mut at = offset;
        while at < offset + length {
            self.read(at, &mut check)?;
            if check.iter().any(|&byte| byte != 0xff) {
                return Err(Error::Io);
            }
            at += 64;
        }
        Ok(())
    }
}
