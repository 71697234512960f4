//! The boot sequence every board runs once its clocks and UART are up: heap, ticks, banner,
//! `main.py`, then the REPL forever (soft resets included).

use alloc::boxed::Box;
use alloc::string::String;

use cortex_m::peripheral::SYST;
use pyrite::ast::Mode;
use pyrite::repl::{self, Repl, ReplExit, ReplMode};
use pyrite::{Interpreter, Outcome};

use crate::board::Board;
use crate::board_port::BoardPort;
use crate::{heap, ticks};

/// Runs Python on board `B`: never returns.
///
/// # Safety
/// `heap_start..heap_start + heap_size` must be RAM that nothing else uses (not the stack,
/// not a static), and this must be called once.
pub unsafe fn run<B: Board>(systick: SYST, heap_start: usize, heap_size: usize) -> ! {
    // SAFETY: forwarded from this function's contract.
    unsafe { heap::init(heap_start, heap_size) };
    ticks::start(systick, B::core_clock_hz());
    let port = BoardPort::<B>::new();
    let python_heap = heap::python_heap_bytes();
    let mut interpreter = Interpreter::new(Box::new(port), python_heap);
    let text = repl::banner(B::NAME, python_heap);
    interpreter.port().console_write_raw(text.as_bytes());
    let mut console = Repl::new();
    loop {
        if console.mode() == ReplMode::Friendly {
            run_main_py(&mut interpreter);
        }
        match console.run(&mut interpreter) {
            ReplExit::SoftReset => interpreter.soft_reset(),
            ReplExit::ConsoleClosed => loop {
                cortex_m::asm::wfi();
            },
        }
    }
}

/// Runs `main.py` from the board's filesystem, if it has one.
fn run_main_py(interpreter: &mut Interpreter) {
    let Some(bytes) = interpreter.port().read_file("main.py") else {
        return;
    };
    let Ok(source) = String::from_utf8(bytes) else {
        interpreter
            .port()
            .console_write(b"main.py: not valid UTF-8\n");
        return;
    };
    pyrite::port::set_interrupt_char(Some(0x03));
    let outcome = interpreter.exec(&source, "main.py", Mode::Exec);
    pyrite::port::set_interrupt_char(None);
    if let Outcome::Exception(text) = outcome {
        interpreter.port().console_write(text.as_bytes());
    }
}
