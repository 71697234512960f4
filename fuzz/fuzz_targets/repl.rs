//! Fuzz target: arbitrary console bytes into the REPL, as a UART would deliver them.
//!
//! The friendly REPL's line editing, history and paste mode, the raw REPL and raw-paste
//! flow control, Ctrl-C/Ctrl-D, and the Python they run: none may panic. A soft reset
//! (Ctrl-D) resets the interpreter and the REPL goes on until the input runs out. Inputs
//! that mention `reset` are skipped (`machine.reset()` cannot return).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite::interpreter::Interpreter;
use pyrite::repl::{Repl, ReplExit};

mod support;

/// Soft resets one input may ask for (each builds a new interpreter).
const SOFT_RESETS: usize = 8;

fuzz_target!(|data: &[u8]| {
    if data.windows(5).any(|window| window == b"reset") {
        return;
    }
    let port = support::FuzzPort::new(data);
    let mut interpreter = Interpreter::new(Box::new(port), support::HEAP, &pyrite_stdlib::LIBRARY);
    let mut repl = Repl::new();
    support::watched(|| {
        for _ in 0..SOFT_RESETS {
            match repl.run(&mut interpreter) {
                ReplExit::SoftReset => interpreter.soft_reset(),
                ReplExit::ConsoleClosed => break,
            }
        }
    });
});
