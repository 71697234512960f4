//! Pyrite: Python 3 for microcontrollers.
//!
//! The runtime reads as the path a line of Python takes:
//!
//! * `lex`, `parse` → `ast`: source text to a syntax tree;
//! * `compile`: the tree to bytecode (`compile::opcode`) in `CodeDef`s;
//! * `vm`: loads code onto the heap and runs it (`vm::run` is the dispatch loop);
//! * `value`, `gc`, `qstr`, `obj`: one-word values, the collected heap, interned strings
//!   and every object type; `num`: integers, floats and their text forms;
//! * `modules`: the built-in modules the runtime needs itself (the library's, `math` to
//!   `machine`, are the `pyrite-stdlib` crate's, handed in by the port); `repl`: the console
//!   protocol;
//! * `port`, `interpreter`: what a board provides and what it gets.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

pub mod alloc_counter;
pub mod ast;
pub mod compile;
pub mod gc;
pub mod interpreter;
pub mod lex;
pub mod modules;
pub mod num;
pub mod obj;
pub mod parse;
pub mod port;
pub mod qstr;
pub mod repl;
pub mod sort;
pub mod value;
pub mod vm;

pub use interpreter::{Interpreter, MemInfo, Outcome};
pub use port::Port;

/// The runtime's version, shown in the banner and `sys.implementation`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
