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

/// Compiles a module statement by statement (see `emit::Compiler::compile_statements`):
/// `next` yields each top-level statement's tree; beyond `memory_limit` heap bytes in use
/// (`alloc_counter::allocated`) compiling stops with a `MemoryError`.
pub fn compile_statements(
    filename: &str,
    next: &mut dyn FnMut() -> Result<Option<alloc::vec::Vec<crate::ast::Stmt>>, SyntaxError>,
    memory_limit: usize,
) -> Result<code::CodeDef, SyntaxError> {
    let mut next_boxed = || next().map_err(alloc::boxed::Box::new);
    emit::Compiler::compile_statements(filename, &mut next_boxed, memory_limit)
        .map_err(|error| *error)
}

/// A readable listing of `code` and every code object nested in its constants.
pub fn disassemble(code: &code::CodeDef) -> alloc::string::String {
    disasm::disassemble(code)
}
