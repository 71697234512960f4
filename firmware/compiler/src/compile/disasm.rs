//! The disassembler: a readable listing of a code object and the ones nested in it.
//!
//! Each instruction shows its line (when it changes), its index, its name, its argument
//! (`EXTENDED_ARG` prefixes folded in) and what the argument means: a constant, a name, a
//! local or cell, a jump target, an operator.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::code::{CodeDef, Const};
use super::opcode::Op;

/// One decoded instruction: its index (of its first prefix), operation and full argument.
pub(crate) struct Decoded {
    pub index: u32,
    pub op: Option<Op>,
    pub byte: u8,
    pub arg: u32,
}

/// Decodes `code` into instructions, folding `EXTENDED_ARG` prefixes into the argument.
pub(crate) fn decode(code: &[u8]) -> Vec<Decoded> {
    let mut out = Vec::new();
    let mut arg: u32 = 0;
    let mut start = None;
    for (position, pair) in code.chunks(2).enumerate() {
        let byte = pair[0];
        let low = pair.get(1).copied().unwrap_or(0);
        let index = *start.get_or_insert(position as u32);
        arg = (arg << 8) | u32::from(low);
        if byte == Op::EXTENDED_ARG as u8 {
            continue;
        }
        out.push(Decoded {
            index,
            op: Op::from_u8(byte),
            byte,
            arg,
        });
        arg = 0;
        start = None;
    }
    out
}

pub(crate) fn const_repr(value: &Const) -> String {
    match value {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(value) => format!("{}", value),
        Const::BigInt { digits, radix } => match radix {
            10 => digits.clone(),
            16 => format!("0x{}", digits),
            8 => format!("0o{}", digits),
            2 => format!("0b{}", digits),
            _ => format!("int({:?}, {})", digits, radix),
        },
        Const::Float(value) => format!("{:?}", value),
        Const::Imaginary(value) => format!("{:?}j", value),
        Const::Str(value) => format!("{:?}", value),
        Const::Bytes(value) => format!("b{:?}", String::from_utf8_lossy(value)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
        Const::Loaded(index) => format!("<loaded code #{index}>"),
    }
}

/// What an instruction's argument refers to, for the listing.
pub(crate) fn describe(code: &CodeDef, op: Op, arg: u32) -> String {
    let index = arg as usize;
    let cell_name = || {
        code.cellvars
            .get(index)
            .or_else(|| code.freevars.get(index.wrapping_sub(code.cellvars.len())))
            .map_or_else(|| String::from("?"), |name| String::from(name.as_str()))
    };
    match op {
        Op::LOAD_CONST => code.consts.get(index).map_or("?".into(), const_repr),
        Op::LOAD_SMALL_INT => alloc::format!("{index}"),
        Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => code
            .varnames
            .get(index)
            .map_or_else(|| "?".into(), |name| String::from(name.as_str())),
        Op::LOAD_NAME
        | Op::STORE_NAME
        | Op::DELETE_NAME
        | Op::LOAD_GLOBAL
        | Op::STORE_GLOBAL
        | Op::DELETE_GLOBAL
        | Op::LOAD_ATTR
        | Op::STORE_ATTR
        | Op::DELETE_ATTR
        | Op::LOAD_METHOD
        | Op::IMPORT_NAME
        | Op::IMPORT_FROM => code
            .names
            .get(index)
            .map_or_else(|| "?".into(), |name| String::from(name.as_str())),
        Op::LOAD_DEREF
        | Op::STORE_DEREF
        | Op::DELETE_DEREF
        | Op::LOAD_CLOSURE
        | Op::LOAD_CLASSDEREF => cell_name(),
        Op::JUMP_ABSOLUTE
        | Op::POP_JUMP_IF_FALSE
        | Op::POP_JUMP_IF_TRUE
        | Op::JUMP_IF_FALSE_OR_POP
        | Op::JUMP_IF_TRUE_OR_POP
        | Op::FOR_ITER
        | Op::SETUP_EXCEPT => format!("to {}", arg),
        Op::COMPARE_OP => ["<", "<=", "==", "!=", ">", ">="]
            .get(index)
            .map_or("?".into(), |s| String::from(*s)),
        Op::BINARY_OP => {
            let names = [
                "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
            ];
            let base = names.get(index & 0x0f).copied().unwrap_or("?");
            if arg & 16 != 0 {
                format!("{}=", base)
            } else {
                String::from(base)
            }
        }
        _ => String::new(),
    }
}

pub(crate) fn disassemble(code: &CodeDef) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeDef, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (name {}, file {}, line {}, args {}/{}/{}, flags {:#06x}, stacksize {})",
        code.qualname,
        code.name,
        code.filename,
        code.firstlineno,
        code.posonlyargcount,
        code.argcount,
        code.kwonlyargcount,
        code.flags,
        code.stacksize
    );
    for (label, list) in [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        if !list.is_empty() {
            let _ = writeln!(
                out,
                "  {}: {}",
                label,
                list.iter()
                    .map(|name| name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    let mut last_line = None;
    for instr in decode(&code.code) {
        let line = code.line_of(instr.index);
        let line_text = if last_line == Some(line) {
            String::new()
        } else {
            format!("{}", line)
        };
        last_line = Some(line);
        let Some(op) = instr.op else {
            let _ = writeln!(
                out,
                "{:>5} {:>5} <bad opcode {}>",
                line_text, instr.index, instr.byte
            );
            continue;
        };
        let detail = describe(code, op, instr.arg);
        if detail.is_empty() {
            let _ = writeln!(
                out,
                "{:>5} {:>5} {:<22} {}",
                line_text,
                instr.index,
                op.name(),
                instr.arg
            );
        } else {
            let _ = writeln!(
                out,
                "{:>5} {:>5} {:<22} {} ({})",
                line_text,
                instr.index,
                op.name(),
                instr.arg,
                detail
            );
        }
    }
    for value in &code.consts {
        if let Const::Code(inner) = value {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}
