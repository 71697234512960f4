//! The SBCon two-wire interface of the MPS2 FPGA images: SCL and SDA as register bits that
//! software toggles (a bit-banged I2C bus), read back as the levels on the wires.

use pyrite_port_common::soft_i2c::I2cLines;

/// Read: the line levels. Write: set bits (release lines).
const CONTROL_SET: usize = 0x00;
/// Write: clear bits (drive lines low).
const CONTROL_CLEAR: usize = 0x04;
const SCL: u32 = 1 << 0;
const SDA: u32 = 1 << 1;

/// One SBCon at its base address.
#[derive(Clone, Copy)]
pub struct Sbcon(pub usize);

/// The four SBCons in the MPS2 memory map: touchscreen, audio configuration, shield 0,
/// shield 1 (`machine.I2C(0..=3)`).
pub const BUSES: [Sbcon; 4] = [
    Sbcon(0x4002_2000),
    Sbcon(0x4002_3000),
    Sbcon(0x4002_9000),
    Sbcon(0x4002_a000),
];

impl Sbcon {
    fn set(self, bit: u32, high: bool) {
        let offset = if high { CONTROL_SET } else { CONTROL_CLEAR };
        // SAFETY: base + offset is an SBCon register on this machine; only the SCL/SDA
        // bits are written.
        unsafe { core::ptr::write_volatile((self.0 + offset) as *mut u32, bit) }
    }
}

impl I2cLines for Sbcon {
    fn set_scl(&self, high: bool) {
        self.set(SCL, high);
    }

    fn set_sda(&self, high: bool) {
        self.set(SDA, high);
    }

    fn sda(&self) -> bool {
        // SAFETY: reading the SBCon control register has no side effect.
        unsafe { core::ptr::read_volatile((self.0 + CONTROL_SET) as *const u32) & SDA != 0 }
    }
}
