//! An I2C controller in software over two open-drain lines (a bit-banged bus such as the
//! MPS2's SBCon, or any two GPIO pins): start, repeated start, stop, bytes with
//! acknowledge. No clock stretching, no multi-controller arbitration.

use pyrite::port::{HwError, NO_DEVICE};

/// The two bus lines. "High" releases a line (the pull-up raises it); "low" drives it.
pub trait I2cLines {
    fn set_scl(&self, high: bool);
    fn set_sda(&self, high: bool);
    /// The level on SDA.
    fn sda(&self) -> bool;
}

/// A bus on `lines`, `half_period` core cycles per half clock period.
pub struct SoftI2c<L: I2cLines> {
    pub lines: L,
    pub half_period: u32,
}

impl<L: I2cLines> SoftI2c<L> {
    fn wait(&self) {
        cortex_m::asm::delay(self.half_period);
    }

    /// Start, or repeated start when the last transfer kept the bus.
    fn start(&self) {
        self.lines.set_sda(true);
        self.lines.set_scl(true);
        self.wait();
        self.lines.set_sda(false);
        self.wait();
        self.lines.set_scl(false);
    }

    fn stop(&self) {
        self.lines.set_sda(false);
        self.wait();
        self.lines.set_scl(true);
        self.wait();
        self.lines.set_sda(true);
        self.wait();
    }

    fn clock_bit(&self, high: bool) -> bool {
        self.lines.set_sda(high);
        self.wait();
        self.lines.set_scl(true);
        self.wait();
        let level = self.lines.sda();
        self.lines.set_scl(false);
        level
    }

    /// Sends a byte; whether the device acknowledged it.
    fn write_byte(&self, byte: u8) -> bool {
        for bit in (0..8).rev() {
            self.clock_bit(byte & (1 << bit) != 0);
        }
        !self.clock_bit(true)
    }

    /// Receives a byte, acknowledging it when more are wanted.
    fn read_byte(&self, acknowledge: bool) -> u8 {
        let byte = (0..8).fold(0u8, |byte, _| (byte << 1) | u8::from(self.clock_bit(true)));
        self.clock_bit(!acknowledge);
        byte
    }

    /// Starts a transfer to `address` (read or write); `NO_DEVICE` if nothing answered.
    fn address(&self, address: u8, read: bool) -> Result<(), HwError> {
        self.start();
        if self.write_byte((address << 1) | u8::from(read)) {
            return Ok(());
        }
        self.stop();
        Err(NO_DEVICE)
    }

    /// Writes `data`; how many bytes were acknowledged (it stops at the first refusal).
    pub fn write(&self, address: u8, data: &[u8], stop: bool) -> Result<usize, HwError> {
        self.address(address, false)?;
        let acknowledged = data
            .iter()
            .take_while(|&&byte| self.write_byte(byte))
            .count();
        if stop || acknowledged < data.len() {
            self.stop();
        }
        Ok(acknowledged)
    }

    /// Fills `buffer`.
    pub fn read(&self, address: u8, buffer: &mut [u8], stop: bool) -> Result<(), HwError> {
        self.address(address, true)?;
        let last = buffer.len().saturating_sub(1);
        for (index, byte) in buffer.iter_mut().enumerate() {
            *byte = self.read_byte(index < last);
        }
        if stop {
            self.stop();
        }
        Ok(())
    }
}
