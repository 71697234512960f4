//! Pyrite's compiler: Python source to bytecode, on the device.
//!
//! * `lex`, `parse` → `ast`: source text to a syntax tree;
//! * `compile`: the tree to bytecode (`compile::opcode`) in `CodeDef`s, which the VM loads;
//! * `alloc_counter`, `stack`: the heap and stack budgets. The compiler checks them as it goes
//!   and the VM shares them; they live here because this is the lowest crate that needs them;
//! * `sort`: a small sort for both.
//!
//! The runtime (crate `pyrite`) re-exports every module under the same name. The boards build
//! this crate at opt-level "z" (firmware/Cargo.toml): a program is compiled once, then run.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

pub mod alloc_counter;
pub mod ast;
pub mod compile;
pub mod lex;
pub mod parse;
pub mod sort;
pub mod stack;
