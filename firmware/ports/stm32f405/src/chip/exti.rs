//! External interrupt lines (EXTI, RM0090 12) and their port selection in SYSCFG: line `n`
//! watches pin `n` of one port for rising and/or falling edges. Lines 0..=4 have an interrupt
//! each; 5..=9 and 10..=15 share one.

use super::{modify, read, write};

const BASE: usize = 0x4001_3c00;
const IMR: usize = BASE;
const RTSR: usize = BASE + 0x08;
const FTSR: usize = BASE + 0x0c;
const PR: usize = BASE + 0x14;

/// SYSCFG_EXTICR1..4: four bits per line, the port (A = 0) it watches.
const SYSCFG_EXTICR1: usize = 0x4001_3808;
/// RCC APB2ENR's SYSCFGEN.
pub const SYSCFG_CLOCK: u32 = 1 << 14;

/// The interrupt of each line (EXTI0..=EXTI4, EXTI9_5, EXTI15_10).
pub const fn interrupt(line: u8) -> u16 {
    match line {
        0..=4 => 6 + line as u16,
        5..=9 => 23,
        _ => 40,
    }
}

/// Points line `line` (0..=15) at `port` and fires it on the edges asked for; with neither,
/// masks it. Clears a firing left pending.
pub fn configure(line: u8, port: u8, rising: bool, falling: bool) {
    let bit = 1 << line;
    modify(IMR, bit, 0);
    let register = SYSCFG_EXTICR1 + 4 * usize::from(line / 4);
    let shift = 4 * u32::from(line % 4);
    modify(register, 0b1111 << shift, u32::from(port) << shift);
    modify(RTSR, bit, if rising { bit } else { 0 });
    modify(FTSR, bit, if falling { bit } else { 0 });
    write(PR, bit);
    if rising || falling {
        modify(IMR, 0, bit);
    }
}

/// Whether line `line` is armed, and for which port.
pub fn armed_port(line: u8) -> Option<u8> {
    if read(IMR) & (1 << line) == 0 {
        return None;
    }
    let register = SYSCFG_EXTICR1 + 4 * usize::from(line / 4);
    Some(((read(register) >> (4 * u32::from(line % 4))) & 0b1111) as u8)
}

/// Takes the pending lines among `lines` (a mask), clearing them.
pub fn take_pending(lines: u32) -> u32 {
    let pending = read(PR) & lines;
    write(PR, pending);
    pending
}

/// Masks every line and forgets their edges and pending firings.
pub fn disarm_all() {
    for register in [IMR, RTSR, FTSR] {
        write(register, 0);
    }
    write(PR, 0xffff);
}
