//! The CMSDK APB UART of the MPS2 FPGA images: polled transmit, interrupt receive.

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

/// The UARTs' clock (the FPGA's peripheral clock).
const CLOCK_HZ: u32 = 25_000_000;

/// One UART: base address and receive interrupt number.
#[derive(Clone, Copy)]
pub struct Uart {
    base: usize,
    pub receive_interrupt: u16,
}

/// UART0 (the console) and UART1 on mps2-an385/an386.
pub const UART0: Uart = Uart {
    base: 0x4000_4000,
    receive_interrupt: 0,
};
pub const UART1: Uart = Uart {
    base: 0x4000_5000,
    receive_interrupt: 2,
};

impl Uart {
    fn read(self, offset: usize) -> u32 {
        // SAFETY: base + offset is a 32-bit-aligned register of a CMSDK UART on this
        // machine; reading has no side effect except DATA, which the callers read only to
        // take a received byte.
        unsafe { core::ptr::read_volatile((self.base + offset) as *const u32) }
    }

    fn write(self, offset: usize, value: u32) {
        // SAFETY: base + offset is a 32-bit-aligned UART register; the values written are
        // the documented control bits.
        unsafe { core::ptr::write_volatile((self.base + offset) as *mut u32, value) }
    }

    /// Enables transmit, receive and the receive interrupt at `baudrate`.
    pub fn init(self, baudrate: u32) {
        self.write(BAUD_DIVIDER, (CLOCK_HZ / baudrate.max(1)).max(16));
        self.write(
            CONTROL,
            CONTROL_TRANSMIT_ENABLE | CONTROL_RECEIVE_ENABLE | CONTROL_RECEIVE_INTERRUPT,
        );
    }

    /// Sends one byte, waiting while the transmit buffer is full.
    pub fn write_byte(self, byte: u8) {
        while self.read(STATE) & STATE_TRANSMIT_FULL != 0 {}
        self.write(DATA, u32::from(byte));
    }

    /// Takes a received byte, if one is waiting.
    pub fn read_byte(self) -> Option<u8> {
        if self.read(STATE) & STATE_RECEIVE_FULL == 0 {
            return None;
        }
        Some(self.read(DATA) as u8)
    }

    /// Acknowledges the receive interrupt.
    pub fn clear_receive_interrupt(self) {
        self.write(INTERRUPT_STATUS, INTERRUPT_RECEIVE);
    }
}
