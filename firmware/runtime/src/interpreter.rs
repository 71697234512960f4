//! The embedding API: what a port uses to run Python.
//!
//! A port creates one `Interpreter` with its `Port` and a heap size, then feeds it source
//! text: a file, a REPL line, a block sent over the raw REPL. The REPL (`repl.rs`) is built on
//! this API only.

use alloc::boxed::Box;
use alloc::string::String;

use crate::ast::Mode;
use crate::port::Port;

/// How running a piece of source ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Ran to the end.
    Completed,
    /// Raised an exception that nothing caught: the text is the full CPython-style
    /// traceback (`Traceback (most recent call last):` … `ValueError: msg\n`).
    Exception(String),
    /// `SystemExit` (from `sys.exit(n)`): the exit status.
    Exit(i32),
    /// `Mode::Single` only: the source is an unfinished statement (open block or bracket);
    /// the REPL should read another line.
    Incomplete,
}

/// Heap statistics for `micropython.mem_info()`, `gc.mem_free()` and the benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemInfo {
    /// Bytes the heap may use in total.
    pub total: usize,
    /// Bytes in use now.
    pub used: usize,
    /// Highest `used` seen since start (or since `reset_peak`).
    pub peak: usize,
}

/// One Python interpreter: globals of `__main__`, loaded modules, the heap.
pub struct Interpreter {
    port: Box<dyn Port>,
    heap_size: usize,
}

impl Interpreter {
    /// Creates an interpreter whose heap may grow to `heap_size` bytes.
    pub fn new(port: Box<dyn Port>, heap_size: usize) -> Self {
        Interpreter { port, heap_size }
    }

    /// Compiles and runs `source` as `__main__` code. In `Mode::Single`, an expression
    /// statement prints the repr of its value (REPL echo).
    pub fn exec(&mut self, source: &str, filename: &str, mode: Mode) -> Outcome {
        let _ = (source, filename, mode);
        Outcome::Exception(String::from(
            "Traceback (most recent call last):\nNotImplementedError: the VM is not built yet\n",
        ))
    }

    /// Forgets all user state (globals, imported modules) and empties the heap: Ctrl-D in
    /// the REPL.
    pub fn soft_reset(&mut self) {}

    /// Heap statistics.
    pub fn mem_info(&self) -> MemInfo {
        MemInfo {
            total: self.heap_size,
            used: 0,
            peak: 0,
        }
    }

    /// The port, for the REPL's console I/O.
    pub fn port(&mut self) -> &mut dyn Port {
        &mut *self.port
    }
}
