//! USART: polled transmit, receive interrupt.

use super::{read, write};

const SR: usize = 0x00;
const DR: usize = 0x04;
const BRR: usize = 0x08;
const CR1: usize = 0x0c;

const SR_RXNE: u32 = 1 << 5;
const SR_TXE: u32 = 1 << 7;
const SR_ERRORS: u32 = 0b1111;
const CR1_RE: u32 = 1 << 2;
const CR1_TE: u32 = 1 << 3;
const CR1_RXNEIE: u32 = 1 << 5;
const CR1_UE: u32 = 1 << 13;

/// One USART at its base address.
#[derive(Debug, Clone, Copy)]
pub struct Usart(pub usize);

/// USART1 (APB2; interrupt 37).
pub const USART1: Usart = Usart(0x4001_1000);
/// USART1's interrupt number.
pub const USART1_INTERRUPT: u16 = 37;
/// USART2 (APB1; interrupt 38).
pub const USART2: Usart = Usart(0x4000_4400);
/// USART2's interrupt number.
pub const USART2_INTERRUPT: u16 = 38;

impl Usart {
    /// 8N1 at `baud` from a `clock_hz` peripheral clock, receive interrupt on.
    pub fn enable(self, clock_hz: u32, baud: u32) {
        write(self.0 + BRR, (clock_hz + baud / 2) / baud);
        write(self.0 + CR1, CR1_UE | CR1_TE | CR1_RE | CR1_RXNEIE);
    }

    /// Sends one byte, waiting for room.
    pub fn write_byte(self, byte: u8) {
        while read(self.0 + SR) & SR_TXE == 0 {}
        write(self.0 + DR, u32::from(byte));
    }

    /// Takes a received byte, if any (reading DR also clears overrun/noise flags).
    pub fn read_byte(self) -> Option<u8> {
        let status = read(self.0 + SR);
        if status & (SR_RXNE | SR_ERRORS) == 0 {
            return None;
        }
        let data = read(self.0 + DR) as u8;
        (status & SR_RXNE != 0).then_some(data)
    }
}
