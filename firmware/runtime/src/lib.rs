//! Pyrite: Python 3 for microcontrollers.
//!
//! The runtime reads as the path a line of Python takes:
//!
//! * `lex`, `parse` → `ast`: source text to a syntax tree;
//! * `compile`: the tree to bytecode (`compile::opcode`) in `CodeDef`s (these four, with the
//!   heap and stack budgets `alloc_counter` and `port::stack_remaining`, are the
//!   `pyrite-compiler` crate);
//! * `vm`: loads code onto the heap and runs it (`vm::run` is the dispatch loop);
//! * `value`, `gc`, `qstr`, `obj`: one-word values, the collected heap, interned strings
//!   and every object type; `num` (the `pyrite-num` crate): integers, floats and their text
//!   forms;
//! * `modules`: the built-in modules the runtime needs itself (the library's, `math` to
//!   `machine`, and the colder methods of `str` and `bytes` are the `pyrite-stdlib` crate's,
//!   handed in by the port as a `library::Library`); `repl`: the console protocol;
//! * `port`, `interpreter`: what a board provides and what it gets.
//!
//! On the boards, functions marked `#[cfg_attr(target_os = "none", link_section = ".text.hot")]`
//! are the dispatch loop and what it calls on every instruction: the section keeps LLVM's
//! machine outliner, which the firmware runs on everything else to save flash, out of them
//! (firmware/.cargo/config.toml).
#![cfg_attr(not(test), no_std)]
extern crate alloc;

// The compiler and the numbers are crates of their own (`pyrite-compiler`, built for size on
// the boards; `pyrite-num`), here under their old names.
pub use pyrite_compiler::{alloc_counter, ast, compile, lex, parse, sort};
pub use pyrite_num as num;

pub mod gc;
pub mod interpreter;
pub mod library;
pub mod modules;
pub mod obj;
pub mod port;
pub mod qstr;
pub mod repl;
pub mod value;
pub mod vm;

pub use interpreter::{Interpreter, MemInfo, Outcome};
pub use library::Library;
pub use port::Port;

/// The runtime's version, shown in the banner and `sys.implementation`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
