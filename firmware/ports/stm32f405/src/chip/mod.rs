//! STM32F405 registers, written by hand: volatile reads and writes at the reference manual's
//! addresses (RM0090). Board wiring (which pins, which USART or SPI) lives outside this module.

pub mod adc;
pub mod exti;
pub mod flash;
pub mod gpio;
pub mod iwdg;
pub mod rcc;
pub mod rng;
pub mod spi;
pub mod timer;
pub mod usart;

/// Reads the 32-bit register at `address`.
fn read(address: usize) -> u32 {
    // SAFETY: every caller passes an aligned peripheral register address of this chip, whose
    // reads have no side effects beyond those the caller wants (USART and SPI DR).
    unsafe { core::ptr::read_volatile(address as *const u32) }
}

/// Writes the 32-bit register at `address`.
fn write(address: usize, value: u32) {
    // SAFETY: every caller passes an aligned peripheral register address of this chip and a
    // value built from the reference manual's fields.
    unsafe { core::ptr::write_volatile(address as *mut u32, value) }
}

/// Read-modify-write: clears `clear` bits, then sets `set` bits.
fn modify(address: usize, clear: u32, set: u32) {
    write(address, (read(address) & !clear) | set);
}
