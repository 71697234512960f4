//! `BoardPort`: the runtime's `Port` for any `Board` (UART console, SysTick time, reset).

use alloc::vec::Vec;
use core::marker::PhantomData;

use pyrite::port::Port;

use crate::board::Board;
use crate::console::write_cooked;
use crate::ticks;

/// The `Port` of board `B`.
pub struct BoardPort<B: Board> {
    board: PhantomData<B>,
}

impl<B: Board> Default for BoardPort<B> {
    fn default() -> Self {
        Self::new()
    }
}

impl<B: Board> BoardPort<B> {
    /// The port; the board must have started its UART and `ticks::start` already.
    pub fn new() -> Self {
        BoardPort { board: PhantomData }
    }
}

impl<B: Board> Port for BoardPort<B> {
    fn console_write(&mut self, bytes: &[u8]) {
        write_cooked(B::write_byte, bytes);
    }

    fn console_write_raw(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            B::write_byte(byte);
        }
    }

    fn console_read(&mut self) -> Option<u8> {
        loop {
            if let Some(byte) = B::receive_ring().pop() {
                return Some(byte);
            }
            // The UART interrupt (or SysTick, every millisecond) wakes us; a byte that lands
            // between `pop` and `wfi` waits at most one tick.
            cortex_m::asm::wfi();
        }
    }

    fn ticks_ms(&self) -> u64 {
        ticks::millis()
    }

    fn ticks_us(&self) -> u64 {
        ticks::micros()
    }

    fn sleep_us(&mut self, us: u64) {
        let end = ticks::micros().saturating_add(us);
        loop {
            let now = ticks::micros();
            if now >= end || pyrite::port::interrupt_pending() {
                return;
            }
            if end - now > 1000 {
                cortex_m::asm::wfi();
            }
        }
    }

    fn reset(&mut self) -> ! {
        cortex_m::peripheral::SCB::sys_reset()
    }

    fn board_name(&self) -> &str {
        B::NAME
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        B::read_file(path)
    }
}
