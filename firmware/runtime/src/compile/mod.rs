//! The bytecode compiler: syntax tree in, `CodeDef` tree out.
//!
//! `compile` runs scope analysis (`symtable`), generates symbolic code per scope (`emit`,
//! with `fold` for constants) and assembles it (`assemble`). `disassemble` renders the
//! result for debugging and tests, and `verify` checks a compiled tree against the rules of
//! `opcode` (for tests and fuzzing; it costs nothing in a build that never calls it).

pub mod code;
pub mod opcode;

mod assemble;
mod disasm;
mod emit;
mod fold;
mod symtable;
pub mod verify;

#[cfg(test)]
mod tests;

use crate::ast::{Mode, Module, SyntaxError};

/// Compiles a parsed module. `Mode::Exec` code ends by returning None, `Mode::Eval` code
/// returns the expression's value, and `Mode::Single` (the REPL) prints the value of every
/// expression statement at module level with `PRINT_EXPR`.
pub fn compile(module: &Module, mode: Mode, filename: &str) -> Result<code::CodeDef, SyntaxError> {
    emit::Compiler::compile_module(module, mode, filename).map_err(|error| *error)
}

/// A readable listing of `code` and every code object nested in its constants.
pub fn disassemble(code: &code::CodeDef) -> alloc::string::String {
    disasm::disassemble(code)
}
