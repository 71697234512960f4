//! The `Board` trait: the little a board must provide for the shared code to run Python.

use alloc::boxed::Box;

use crate::console::RxRing;

/// A board: its name, console UART and clock. Everything is an associated function (no
/// `self`) so the fault handlers can print without any state.
pub trait Board: crate::machine::Machine + 'static {
    /// Shown in the banner (`Pyrite … on <NAME>`).
    const NAME: &'static str;

    /// Python's heap in bytes when the board fixes it; `None`: all its arena supports
    /// (`heap::python_heap_for`).
    const PYTHON_HEAP: Option<usize> = None;

    /// Sends one byte on the console UART, waiting while the transmitter is full. Polled, so
    /// it works with interrupts off and inside fault handlers.
    fn write_byte(byte: u8);

    /// The receive ring the board's UART interrupt fills (through `console::on_received`).
    fn receive_ring() -> &'static RxRing;

    /// The clock SysTick counts, in Hz.
    fn core_clock_hz() -> u32;

    /// The storage the board keeps its filesystem on (called once, at boot); boards without
    /// one return `None`.
    fn storage() -> Option<Box<dyn pyrite_fs::Storage>> {
        None
    }
}
