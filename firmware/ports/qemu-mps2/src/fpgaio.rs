//! The MPS2 FPGA IO block: the user LEDs register (LED0 at bit 0, LED1 at bit 1).

const LEDS: usize = 0x4002_8000;

/// How many user LEDs the register drives.
pub const LED_COUNT: u32 = 2;

fn read() -> u32 {
    // SAFETY: the FPGAIO LED register is a 32-bit read/write register on this machine.
    unsafe { core::ptr::read_volatile(LEDS as *const u32) }
}

/// Whether LED `index` (below `LED_COUNT`) is on.
pub fn led(index: u32) -> bool {
    read() & (1 << index) != 0
}

/// Turns LED `index` on or off (only Python code writes the register, so read-modify-write
/// needs no lock).
pub fn set_led(index: u32, on: bool) {
    let bit = 1 << index;
    let value = if on { read() | bit } else { read() & !bit };
    // SAFETY: as in `read`; only the LED bits change.
    unsafe { core::ptr::write_volatile(LEDS as *mut u32, value) }
}
