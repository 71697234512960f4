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
    print_return_addresses(&mut console);
    stop()
}

extern "C" {
    // cortex-m-rt's link.x: the code's bounds and the top of the stack.
    static __stext: u8;
    static __etext: u8;
    static _stack_start: u8;
}

/// Words on the stack that look like return addresses into the code (Thumb: odd, inside
/// .text), newest first: where a panic came from, for `llvm-symbolizer --obj=<elf>` or
/// `addr2line -e <elf>` (some may be stale words, not frames).
fn print_return_addresses(console: &mut FmtConsole) {
    let text = (&raw const __stext) as usize..(&raw const __etext) as usize;
    let top = (&raw const _stack_start) as usize;
    let mut at = cortex_m::register::msp::read() as usize;
    let _ = write!(console, "*** return addresses:");
    let mut shown = 0;
    while at + 4 <= top && shown < 24 {
        // SAFETY: between the current stack pointer and the stack's top: mapped RAM, read
        // as words (the stack pointer is word-aligned).
        let word = unsafe { core::ptr::read_volatile(at as *const u32) } as usize;
        if word & 1 == 1 && text.contains(&(word & !1)) {
            let _ = write!(console, " {:#x}", word & !1);
            shown += 1;
        }
        at += 4;
    }
    let _ = writeln!(console);
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
