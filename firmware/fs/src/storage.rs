//! The storage a filesystem lives on, and a RAM model of NOR flash for tests and images.

use alloc::vec;
use alloc::vec::Vec;

use crate::Error;

/// NOR-like storage of `size()` bytes: erasing sets bytes to 0xFF, programming only clears
/// bits. The filesystem programs 4-byte-aligned, whole-word runs into erased space only, and
/// erases only whole halves (`0..size/2`, `size/2..size`), so a device whose erase sectors
/// differ in size still fits if each half is made of whole sectors.
pub trait Storage {
    /// Total bytes (even; each half a whole number of erase units).
    fn size(&self) -> u32;
    /// Reads `buffer.len()` bytes at `offset`.
    fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Error>;
    /// Programs `data` (length a multiple of 4) at a 4-byte-aligned `offset`.
    fn program(&mut self, offset: u32, data: &[u8]) -> Result<(), Error>;
    /// Erases `length` bytes at `offset` (one half), lowest address first: an interrupted
    /// erase must destroy the half's header (its first bytes) before anything else.
    fn erase(&mut self, offset: u32, length: u32) -> Result<(), Error>;
}

/// Storage in RAM that behaves like NOR flash (program is a bitwise AND), for host tests and
/// for building images with `cargo xtask fs-image`.
pub struct RamStorage {
    pub bytes: Vec<u8>,
}

impl RamStorage {
    /// `size` erased bytes.
    pub fn new(size: u32) -> Self {
        RamStorage {
            bytes: vec![0xff; size as usize],
        }
    }

    fn range(&self, offset: u32, length: usize) -> Result<core::ops::Range<usize>, Error> {
        let start = offset as usize;
        let end = start.checked_add(length).ok_or(Error::Io)?;
        if end > self.bytes.len() {
            return Err(Error::Io);
        }
        Ok(start..end)
    }
}

impl Storage for RamStorage {
    fn size(&self) -> u32 {
        self.bytes.len() as u32
    }

    fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Error> {
        let range = self.range(offset, buffer.len())?;
        buffer.copy_from_slice(&self.bytes[range]);
        Ok(())
    }

    fn program(&mut self, offset: u32, data: &[u8]) -> Result<(), Error> {
        let range = self.range(offset, data.len())?;
        for (cell, &byte) in self.bytes[range].iter_mut().zip(data) {
            *cell &= byte;
        }
        Ok(())
    }

    fn erase(&mut self, offset: u32, length: u32) -> Result<(), Error> {
        let range = self.range(offset, length as usize)?;
        self.bytes[range].fill(0xff);
        Ok(())
    }
}

impl<S: Storage + ?Sized> Storage for alloc::boxed::Box<S> {
    fn size(&self) -> u32 {
        (**self).size()
    }

    fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Error> {
        (**self).read(offset, buffer)
    }

    fn program(&mut self, offset: u32, data: &[u8]) -> Result<(), Error> {
        (**self).program(offset, data)
    }

    fn erase(&mut self, offset: u32, length: u32) -> Result<(), Error> {
        (**self).erase(offset, length)
    }
}
