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
mod name_set;
mod symtable;
mod unparse;
pub mod verify;

#[cfg(test)]
mod tests;

use crate::ast::{Mode, Module, SyntaxError};

/// Private-name mangling (also what `__slots__` names become in their class).
pub use symtable::mangle;

/// Compiles a parsed module. `Mode::Exec` code ends by returning None, `Mode::Eval` code
/// returns the expression's value, and `Mode::Single` (the REPL) prints the value of every
/// expression statement at module level with `PRINT_EXPR`.
pub fn compile(module: &Module, mode: Mode, filename: &str) -> Result<code::CodeDef, SyntaxError> {
    emit::Compiler::compile_module(module, mode, filename).map_err(|error| *error)
}

/// Compiles the method `definition` (a `def` statement directly in the body of the top-level
/// class `class_name`) on its own and keeps its code in the statement instead of its body
/// (`ast::Precompiled`): the class statement's compiler then takes the code.
pub fn precompile_method(
    definition: &mut crate::ast::Stmt,
    class_name: &crate::ast::Ident,
    future_annotations: bool,
    memory_limit: usize,
) -> Result<(), SyntaxError> {
    emit::Compiler::precompile_method(definition, class_name, future_annotations, memory_limit)
        .map_err(|error| *error)
}

/// Compiles a module statement by statement (see `emit::Compiler::compile_statements`):
/// `next` yields each top-level statement's tree; beyond `memory_limit` heap bytes in use
/// (`alloc_counter::allocated`) compiling stops with a `MemoryError`. After each statement
/// `after_statement` sees the module's constants so far: it may replace `Const::Code` trees
/// with `Const::Loaded` (the VM loads them at once, so the trees and the objects made from
/// them never all exist together); returning false stops with a `MemoryError`.
pub fn compile_statements(
    filename: &str,
    next: &mut dyn FnMut() -> Result<Option<alloc::vec::Vec<crate::ast::Stmt>>, SyntaxError>,
    memory_limit: usize,
    after_statement: &mut dyn FnMut(&mut [code::Const]) -> bool,
) -> Result<code::CodeDef, SyntaxError> {
    let mut next_boxed = || next().map_err(alloc::boxed::Box::new);
    emit::Compiler::compile_statements(filename, &mut next_boxed, memory_limit, after_statement)
        .map_err(|error| *error)
}

/// A readable listing of `code` and every code object nested in its constants.
pub fn disassemble(code: &code::CodeDef) -> alloc::string::String {
    disasm::disassemble(code)
}
