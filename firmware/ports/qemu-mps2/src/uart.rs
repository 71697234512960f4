//! The CMSDK APB UART (UART0 of the MPS2 FPGA images): polled transmit, interrupt receive.

/// UART0 on mps2-an385/an386.
const BASE: usize = 0x4000_4000;
const DATA: usize = 0x00;
const STATE: usize = 0x04;
const CONTROL: usize = 0x08;
const INTERRUPT_STATUS: usize = 0x0c;
const BAUD_DIVIDER: usize = 0x10;

const STATE_TRANSMIT_FULL: u32 = 1 << 0;
const STATE_RECEIVE_FULL: u32 = 1 << 1;
const CONTROL_TRANSMIT_ENABLE: u32 = 1 << 0;
const CONTROL_RECEIVE_ENABLE: u32 = 1 << 1;
const CONTROL_RECEIVE_INTERRUPT: u32 = 1 << 3;
const INTERRUPT_RECEIVE: u32 = 1 << 1;

/// UART0's receive interrupt number.
pub const RECEIVE_INTERRUPT: u16 = 0;

fn read(offset: usize) -> u32 {
    // SAFETY: BASE + offset is a 32-bit-aligned UART0 register on this machine; reading it has
    // no side effect except DATA, which the callers read only to take a received byte.
    unsafe { core::ptr::read_volatile((BASE + offset) as *const u32) }
}

fn write(offset: usize, value: u32) {
    // SAFETY: BASE + offset is a 32-bit-aligned UART0 register; the values written are the
    // documented control bits.
    unsafe { core::ptr::write_volatile((BASE + offset) as *mut u32, value) }
}

/// Enables transmit, receive and the receive interrupt at 115200 baud (25 MHz / 217).
pub fn init() {
    write(BAUD_DIVIDER, 217);
    write(
        CONTROL,
        CONTROL_TRANSMIT_ENABLE | CONTROL_RECEIVE_ENABLE | CONTROL_RECEIVE_INTERRUPT,
    );
}

/// Sends one byte, waiting while the transmit buffer is full.
pub fn write_byte(byte: u8) {
    while read(STATE) & STATE_TRANSMIT_FULL != 0 {}
    write(DATA, u32::from(byte));
}

/// Takes a received byte, if one is waiting.
pub fn read_byte() -> Option<u8> {
    if read(STATE) & STATE_RECEIVE_FULL == 0 {
        return None;
    }
    Some(read(DATA) as u8)
}

/// Acknowledges the receive interrupt.
pub fn clear_receive_interrupt() {
    write(INTERRUPT_STATUS, INTERRUPT_RECEIVE);
}
