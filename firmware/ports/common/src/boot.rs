//! The boot sequence every board runs once its clocks and UART are up: heap, ticks, the
//! filesystem, banner, `boot.py` and `main.py`, then the REPL forever (soft resets included).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;

use cortex_m::peripheral::SYST;
use pyrite::ast::Mode;
use pyrite::repl::{self, Repl, ReplExit, ReplMode};
use pyrite::{Interpreter, Outcome};

use crate::board::Board;
use crate::board_port::BoardPort;
use crate::files::Files;
use crate::{heap, reset_cause, ticks};

/// Runs Python on board `B`: never returns.
///
/// # Safety
/// Each of `heap_regions` must be RAM that nothing else uses (not the stack, not a static),
/// the regions must not overlap, and this must be called once.
pub unsafe fn run<B: Board>(systick: SYST, heap_regions: &[heap::Region]) -> ! {
    // SAFETY: forwarded from this function's contract.
    unsafe { heap::init(heap_regions) };
    reset_cause::settle(B::reset_cause_from_chip());
    ticks::start(systick, B::core_clock_hz());
    let python_heap = B::PYTHON_HEAP.unwrap_or_else(heap::python_heap_bytes);
    let (mut interpreter, note) = new_interpreter::<B>(python_heap);
    let text = repl::banner(B::NAME, python_heap);
    interpreter.port().console_write_raw(text.as_bytes());
    if let Some(note) = note {
        interpreter.port().console_write(note.as_bytes());
    }
    let mut console = new_repl();
    loop {
        if console.mode() == ReplMode::Friendly {
            run_file(&mut interpreter, "boot.py");
            run_file(&mut interpreter, "main.py");
        }
        match console.run(&mut *interpreter) {
            ReplExit::SoftReset => {
                // What the old program armed stops with it, as MicroPython's soft reset does:
                // its timers and pin interrupts would only fire into handlers that are gone,
                // and its PWM outputs would go on driving their pins.
                for id in 0..pyrite::port::IRQ_SOURCES {
                    interpreter.port().timer_stop(id);
                }
                B::stop_program_hardware();
                interpreter.soft_reset();
                reset_cause::soft_reset();
                // Relative paths start at the root again, as after power-on.
                let _ = interpreter.port().fs_chdir("/");
            }
            ReplExit::ConsoleClosed => loop {
                cortex_m::asm::wfi();
            },
        }
    }
}

/// Mounts the filesystem and makes the interpreter; returns the mount's note, if any.
///
/// The interpreter (about 1.2 KB, most of it the VM) and the port live on the heap: in
/// `run`'s frame they would hold that much of the stack for good, and the stack bounds how
/// deeply native code may nest Python runs (`RecursionError` on the STM32F405's 16 KiB). Not
/// inlined, so the temporaries they are built in go with this frame.
#[inline(never)]
fn new_interpreter<B: Board>(python_heap: usize) -> (Box<Interpreter>, Option<String>) {
    let (files, note) = Files::mount(B::storage());
    let port = Box::new(BoardPort::<B>::with_files(files));
    (
        Box::new(Interpreter::new(port, python_heap, &pyrite_stdlib::LIBRARY)),
        note,
    )
}

/// The console state on the heap, for the same reason as [`new_interpreter`].
#[inline(never)]
fn new_repl() -> Box<Repl> {
    Box::new(Repl::new())
}

/// Runs `/name` (`boot.py`, `main.py`) from the board's filesystem if it is there: a
/// traceback (Ctrl-C's `KeyboardInterrupt` included) is printed and boot goes on.
fn run_file(interpreter: &mut Interpreter, name: &str) {
    let path = format!("/{name}");
    let Some(bytes) = interpreter.port().read_file(&path) else {
        return;
    };
    let Ok(source) = String::from_utf8(bytes) else {
        let message = format!("{name}: not valid UTF-8\n");
        interpreter.port().console_write(message.as_bytes());
        return;
    };
    pyrite::port::set_interrupt_char(Some(0x03));
    let outcome = interpreter.exec(&source, name, Mode::Exec);
    pyrite::port::set_interrupt_char(None);
    if let Outcome::Exception(text) = outcome {
        interpreter.port().console_write(text.as_bytes());
    }
}
