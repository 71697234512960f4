//! Filesystem storage in plain memory at a fixed address (the emulated boards' RAM), acting
//! like NOR flash: erase fills with 0xFF, program clears bits.

use pyrite_fs::{Error, Storage};

/// `size` bytes of RAM at `base`.
pub struct MemoryStorage {
    base: usize,
    size: u32,
}

impl MemoryStorage {
    /// Storage over `base..base + size`.
    ///
    /// # Safety
    /// The region must be RAM that nothing else uses (not the image, a static, the heap or
    /// the stack) for the life of the program.
    pub unsafe fn new(base: usize, size: u32) -> Self {
        MemoryStorage { base, size }
    }

    fn check(&self, offset: u32, length: usize) -> Result<*mut u8, Error> {
        let end = (offset as usize).checked_add(length).ok_or(Error::Io)?;
        if end > self.size as usize {
            return Err(Error::Io);
        }
        Ok((self.base + offset as usize) as *mut u8)
    }
}

impl Storage for MemoryStorage {
    fn size(&self) -> u32 {
        self.size
    }

    fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Error> {
        let source = self.check(offset, buffer.len())?;
        // SAFETY: `check` kept the range inside the region `new`'s caller handed over.
        unsafe { core::ptr::copy_nonoverlapping(source, buffer.as_mut_ptr(), buffer.len()) };
        Ok(())
    }

    fn program(&mut self, offset: u32, data: &[u8]) -> Result<(), Error> {
        let target = self.check(offset, data.len())?;
        for (index, &byte) in data.iter().enumerate() {
            // SAFETY: inside the region (checked above); only this storage touches it.
            unsafe {
                let cell = target.add(index);
                cell.write_volatile(cell.read_volatile() & byte);
            }
        }
        Ok(())
    }

    fn erase(&mut self, offset: u32, length: u32) -> Result<(), Error> {
        let target = self.check(offset, length as usize)?;
        // SAFETY: inside the region (checked above); only this storage touches it.
        unsafe { core::ptr::write_bytes(target, 0xff, length as usize) };
        Ok(())
    }
}
