//! Pyrite: Python 3 for microcontrollers.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

pub mod ast;
pub mod compile {
    pub mod code;
    pub mod opcode;
}
pub mod interpreter;
pub mod port;
pub mod repl;

pub use interpreter::{Interpreter, MemInfo, Outcome};
pub use port::Port;

/// The runtime's version, shown in the banner and `sys.implementation`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
