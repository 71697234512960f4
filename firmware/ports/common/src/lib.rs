//! What every Pyrite board shares: heap, boot sequence, console, ticks, fault reports, files.
//!
//! A board crate brings up its clocks and UART, then calls `boot::run`. It also defines the
//! few items that must live in the final binary (`#[entry]`, the exception handlers, the
//! panic handler and the interrupt vector table), each a one-line call into this crate.
#![no_std]

extern crate alloc;

pub mod board;
pub mod board_port;
pub mod boot;
pub mod console;
pub mod fault;
pub mod files;
pub mod heap;
pub mod lazy_ring;
pub mod machine;
pub mod memory_storage;
pub mod reset_cause;
pub mod soft_i2c;
pub mod soft_timers;
pub mod ticks;
pub mod tlsf;
pub mod vectors;
pub mod wall_clock;

pub use board::Board;
pub use machine::Machine;
