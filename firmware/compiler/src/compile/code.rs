//! Code definitions: the compiler's output, before the VM loads it onto the heap.
//!
//! A `CodeDef` is plain Rust data (no heap values), so the compiler has no dependency on the
//! object model and can be tested and fuzzed alone. The VM turns a `CodeDef` tree into code
//! objects once, when a module or REPL line is loaded.

use alloc::boxed::Box;
use alloc::string::String;

use crate::ast::Ident;
use alloc::vec::Vec;

/// `CodeDef::flags` bits.
pub mod flags {
    /// The function takes `*args` (its name is in `varnames` right after the positional and
    /// keyword-only parameters).
    pub const VARARGS: u16 = 0x0004;
    /// The function takes `**kwargs` (its name follows the `*args` name, if any).
    pub const VARKEYWORDS: u16 = 0x0008;
    /// Calling the function creates a generator instead of running the body.
    pub const GENERATOR: u16 = 0x0020;
    /// An `async def` without `yield`: the generator the call creates is a coroutine (its
    /// type is `coroutine`).
    pub const COROUTINE: u16 = 0x0080;
    /// An `async def` with `yield`: the generator the call creates is wrapped in an async
    /// generator (`runtime/src/vm/generator.rs`).
    pub const ASYNC_GENERATOR: u16 = 0x0200;
    /// The body of a `class` statement: names are in a namespace dict (LOAD_NAME/STORE_NAME).
    pub const CLASS_BODY: u16 = 0x1000;
    /// Module-level code (or `exec`/REPL code): names are in the globals dict.
    pub const MODULE: u16 = 0x2000;
    /// Set by the VM's loader, never by the compiler: only plain positional parameters and
    /// no cells, so a call's arguments copy straight into the frame.
    pub const SIMPLE_ARGS: u16 = 0x8000;
}

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// Digits (no sign, prefix or underscores) in the given radix.
    BigInt {
        digits: String,
        radix: u32,
    },
    Float(f64),
    /// An imaginary number `0+xj`.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Box<CodeDef>),
    /// A code object the VM already loaded while the rest of the module was still being
    /// compiled: an index into the VM's table of preloaded objects (see
    /// `compile_statements`). Only that VM can load the tree.
    Loaded(u32),
}

/// One compiled function body, class body or module.
///
/// Local variable layout of a frame running this code: `varnames.len()` fast slots (indexed by
/// LOAD_FAST etc.), then `cellvars.len() + freevars.len()` cell slots (indexed by LOAD_DEREF etc.:
/// cells first, then free variables). Parameters occupy the first fast slots in this order:
/// positional (posonly first), keyword-only, `*args`, `**kwargs`. A parameter that is also a
/// cell variable is copied into its cell by code the compiler emits at the start of the body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeDef {
    pub name: String,
    /// Dotted path for `__qualname__` (`Outer.method.<locals>.inner`).
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// Positional parameters, positional-only ones included.
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub flags: u16,
    pub varnames: Vec<Ident>,
    pub cellvars: Vec<Ident>,
    pub freevars: Vec<Ident>,
    /// Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_* instructions.
    pub names: Vec<Ident>,
    pub consts: Vec<Const>,
    /// Bytecode: 2-byte instructions `[opcode, arg]`, see `opcode.rs`.
    pub code: Vec<u8>,
    /// `(instruction_index, line)` pairs, sorted by index: instructions from `instruction_index`
    /// up to the next entry come from `line`.
    pub linetable: Vec<(u32, u32)>,
    /// Maximum value-stack depth this code needs (blocks and temporaries included).
    pub stacksize: u16,
}

impl CodeDef {
    /// Gives back the room its vectors grew beyond their contents (theirs and their nested
    /// code's): for code that waits as a tree before it is loaded (`ast::Precompiled`).
    pub fn shrink(&mut self) {
        self.name.shrink_to_fit();
        self.qualname.shrink_to_fit();
        self.varnames.shrink_to_fit();
        self.cellvars.shrink_to_fit();
        self.freevars.shrink_to_fit();
        self.names.shrink_to_fit();
        self.code.shrink_to_fit();
        self.linetable.shrink_to_fit();
        self.consts.shrink_to_fit();
        for constant in &mut self.consts {
            if let Const::Code(code) = constant {
                code.shrink();
            }
        }
    }

    /// The source line of the instruction at `index` (instruction index, not byte offset).
    pub fn line_of(&self, index: u32) -> u32 {
        let position = self.linetable.partition_point(|&(start, _)| start <= index);
        match position {
            0 => self.firstlineno,
            n => self.linetable[n - 1].1,
        }
    }
}
