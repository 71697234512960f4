//! Panic and HardFault reports: printed on the console UART (polled), then, in emulator
//! builds, QEMU ends with a non-zero semihosting exit status. Hardware builds halt.
//!
//! The host side (`pyrite-emulation`) recognises the `*** ` markers below.

use core::fmt::Write;

use cortex_m_rt::ExceptionFrame;

use crate::board::Board;
use crate::console::FmtConsole;

/// Starts a panic report on the UART.
pub const PANIC_MARKER: &str = "*** panic: ";
/// Starts a HardFault report on the UART.
pub const HARD_FAULT_MARKER: &str = "*** HardFault";

/// The panic handler body (the board's `#[panic_handler]` calls it).
pub fn panic<B: Board>(info: &core::panic::PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let mut console = FmtConsole(B::write_byte);
    let _ = write!(console, "\n{PANIC_MARKER}{}", info.message());
    if let Some(location) = info.location() {
        let _ = write!(console, " at {}:{}", location.file(), location.line());
    }
    let _ = writeln!(console);
    stop()
}

/// The HardFault handler body: the stacked registers and the fault status registers.
pub fn hard_fault<B: Board>(frame: &ExceptionFrame) -> ! {
    let mut console = FmtConsole(B::write_byte);
    let scb = cortex_m::peripheral::SCB::PTR;
    // SAFETY: SCB is always mapped; reading its fault status registers has no side effect.
    let (cfsr, hfsr, mmfar, bfar) = unsafe {
        (
            (*scb).cfsr.read(),
            (*scb).hfsr.read(),
            (*scb).mmfar.read(),
            (*scb).bfar.read(),
        )
    };
    let _ = writeln!(
        console,
        "\n{HARD_FAULT_MARKER} pc={:#010x} lr={:#010x} xpsr={:#010x}\n\
         r0={:#010x} r1={:#010x} r2={:#010x} r3={:#010x} r12={:#010x}\n\
         cfsr={cfsr:#010x} hfsr={hfsr:#010x} mmfar={mmfar:#010x} bfar={bfar:#010x}",
        frame.pc(),
        frame.lr(),
        frame.xpsr(),
        frame.r0(),
        frame.r1(),
        frame.r2(),
        frame.r3(),
        frame.r12(),
    );
    stop()
}

/// Ends the program after a report: QEMU exits with status 1 (emulator builds), a board halts.
fn stop() -> ! {
    #[cfg(feature = "semihosting")]
    cortex_m_semihosting::debug::exit(cortex_m_semihosting::debug::EXIT_FAILURE);
    loop {
        cortex_m::asm::wfi();
    }
}
