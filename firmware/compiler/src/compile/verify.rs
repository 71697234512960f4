//! A bytecode verifier: checks a compiled code tree against the rules of `opcode.rs`.
//!
//! It abstractly runs every code object along all paths, tracking the stack depth and the
//! open blocks per instruction, and reports the first violation: an argument out of range, a
//! jump into the middle of an instruction, a depth that goes negative, differs where paths
//! merge or exceeds `stacksize` (which must also be reached), a handler that would find the
//! stack shallower than its block recorded, a `RETURN_VALUE` that leaves blocks open or
//! values behind, a malformed line table. Its stack-effect table is written independently of
//! the assembler's, so the two check each other. Used by the tests and the fuzz target.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::code::{flags, CodeDef, Const};
use super::disasm::decode;
use super::opcode::Op;

/// Stack effect per the documentation in opcode.rs: (fall-through, jump) deltas.
fn effect(op: Op, arg: u32) -> (Option<i64>, Option<i64>) {
    let n = i64::from(arg);
    match op {
        Op::NOP => (Some(0), None),
        Op::POP_TOP => (Some(-1), None),
        Op::ROT_TWO | Op::ROT_THREE | Op::ROT_FOUR => (Some(0), None),
        Op::DUP_TOP => (Some(1), None),
        Op::DUP_TOP_TWO => (Some(2), None),
        Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_NOT | Op::UNARY_INVERT => {
            (Some(0), None)
        }
        Op::BINARY_OP | Op::COMPARE_OP | Op::IS_OP | Op::CONTAINS_OP | Op::BINARY_SUBSCR => {
            (Some(-1), None)
        }
        Op::STORE_SUBSCR => (Some(-3), None),
        Op::DELETE_SUBSCR => (Some(-2), None),
        Op::BUILD_SLICE => (Some(1 - n), None),
        Op::LOAD_CONST
        | Op::LOAD_SMALL_INT
        | Op::LOAD_FAST
        | Op::LOAD_NAME
        | Op::LOAD_GLOBAL
        | Op::LOAD_DEREF
        | Op::LOAD_CLOSURE
        | Op::LOAD_CLASSDEREF
        | Op::LOAD_ASSERTION_ERROR
        | Op::LOAD_BUILD_CLASS
        | Op::LOAD_METHOD
        | Op::IMPORT_FROM
        | Op::BEFORE_WITH
        | Op::WITH_EXCEPT_START
        | Op::CHECK_EG_MATCH => (Some(1), None),
        Op::STORE_FAST
        | Op::STORE_NAME
        | Op::STORE_GLOBAL
        | Op::STORE_DEREF
        | Op::DELETE_ATTR
        | Op::YIELD_FROM
        | Op::IMPORT_NAME
        | Op::IMPORT_STAR
        | Op::POP_EXCEPT
        | Op::PRINT_EXPR
        | Op::LIST_APPEND
        | Op::SET_ADD
        | Op::LIST_EXTEND
        | Op::SET_UPDATE
        | Op::DICT_UPDATE
        | Op::DICT_MERGE
        | Op::PREP_RERAISE_STAR => (Some(-1), None),
        Op::DELETE_FAST | Op::DELETE_NAME | Op::DELETE_GLOBAL | Op::DELETE_DEREF => (Some(0), None),
        Op::LOAD_ATTR
        | Op::YIELD_VALUE
        | Op::GET_ITER
        | Op::GET_YIELD_FROM_ITER
        | Op::LIST_TO_TUPLE
        | Op::CHECK_EXC_MATCH
        | Op::POP_BLOCK => (Some(0), None),
        Op::STORE_ATTR => (Some(-2), None),
        Op::CALL_FUNCTION => (Some(-n), None),
        Op::CALL_FUNCTION_KW | Op::CALL_METHOD => (Some(-n - 1), None),
        Op::CALL_FUNCTION_EX => (Some(if arg & 1 != 0 { -2 } else { -1 }), None),
        Op::MAKE_FUNCTION => {
            let extra = [0x01, 0x02, 0x04, 0x08]
                .iter()
                .filter(|&&bit| arg & bit != 0)
                .count();
            (Some(-1 - extra as i64), None)
        }
        Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE => (None, None),
        Op::FOR_ITER => (Some(1), Some(-1)),
        Op::JUMP_ABSOLUTE => (None, Some(0)),
        Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => (Some(-1), Some(-1)),
        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => (Some(-1), Some(0)),
        Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => (Some(1 - n), None),
        Op::BUILD_MAP => (Some(1 - 2 * n), None),
        Op::MAP_ADD => (Some(-2), None),
        Op::UNPACK_SEQUENCE => (Some(n - 1), None),
        Op::UNPACK_EX => (Some(i64::from(arg & 0xff) + i64::from(arg >> 8)), None),
        Op::FORMAT_VALUE => (Some(if arg & 0x04 != 0 { -1 } else { 0 }), None),
        Op::SETUP_EXCEPT => (Some(0), Some(2)),
        // Folded into the next instruction by `decode`.
        Op::EXTENDED_ARG => (Some(0), None),
    }
}

#[derive(Clone, PartialEq, Debug)]
struct State {
    depth: i64,
    /// Open blocks: (handler index, depth recorded).
    blocks: Vec<(u32, i64)>,
}

pub fn verify(code: &CodeDef) -> Result<(), String> {
    verify_one(code).map_err(|problem| format!("{}: {}", code.qualname, problem))?;
    for value in &code.consts {
        if let Const::Code(inner) = value {
            verify(inner)?;
        }
    }
    Ok(())
}

fn verify_one(code: &CodeDef) -> Result<(), String> {
    if !code.code.len().is_multiple_of(2) {
        return Err("odd code length".into());
    }
    let instrs = decode(&code.code);
    if instrs.is_empty() {
        return Err("empty code".into());
    }
    // Line table: sorted, starting at the first instruction, lines known.
    if code.linetable.first().map(|e| e.0) != Some(0) {
        return Err("line table does not start at 0".into());
    }
    for pair in code.linetable.windows(2) {
        if pair[0].0 >= pair[1].0 {
            return Err("line table not sorted".into());
        }
    }
    if code.linetable.iter().any(|&(_, line)| line == 0) {
        return Err("line 0 in the line table".into());
    }
    let mut positions = vec![None; code.code.len() / 2 + 1];
    for (position, instr) in instrs.iter().enumerate() {
        positions[instr.index as usize] = Some(position);
    }
    let position_of = |index: u32| positions.get(index as usize).copied().flatten();
    let cells = code.cellvars.len() + code.freevars.len();
    for instr in &instrs {
        let op = instr.op.ok_or("bad opcode")?;
        let arg = instr.arg as usize;
        let ok = match op {
            Op::LOAD_CONST => arg < code.consts.len(),
            Op::LOAD_SMALL_INT => arg as i64 <= super::opcode::SMALL_INT_ARG_MAX,
            Op::BUILD_SLICE => arg == 2 || arg == 3,
            Op::RAISE_VARARGS => arg <= 2,
            Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => arg < code.varnames.len(),
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
            | Op::IMPORT_FROM => arg < code.names.len(),
            Op::LOAD_DEREF
            | Op::STORE_DEREF
            | Op::DELETE_DEREF
            | Op::LOAD_CLOSURE
            | Op::LOAD_CLASSDEREF => arg < cells,
            Op::JUMP_ABSOLUTE
            | Op::POP_JUMP_IF_FALSE
            | Op::POP_JUMP_IF_TRUE
            | Op::JUMP_IF_FALSE_OR_POP
            | Op::JUMP_IF_TRUE_OR_POP
            | Op::FOR_ITER
            | Op::SETUP_EXCEPT => position_of(instr.arg).is_some(),
            _ => true,
        };
        if !ok {
            return Err(format!(
                "bad argument {} for {} at {}",
                arg,
                op.name(),
                instr.index
            ));
        }
        if op == Op::LOAD_CLASSDEREF && code.flags & flags::CLASS_BODY == 0 {
            return Err("LOAD_CLASSDEREF outside a class body".into());
        }
        if matches!(op, Op::LOAD_FAST | Op::STORE_FAST) && code.flags & flags::MODULE != 0 {
            return Err("fast locals in module code".into());
        }
    }

    let mut states: Vec<Option<State>> = vec![None; instrs.len()];
    let mut work = vec![(
        0usize,
        State {
            depth: 0,
            blocks: Vec::new(),
        },
    )];
    let mut max = 0;
    while let Some((start, state)) = work.pop() {
        let mut position = start;
        let mut state = state;
        loop {
            let Some(instr) = instrs.get(position) else {
                return Err("fell off the end of the code".into());
            };
            if let Some(seen) = &states[position] {
                if *seen != state {
                    return Err(format!(
                        "paths merge at {} with {:?} and {:?}",
                        instr.index, seen, state
                    ));
                }
                break;
            }
            states[position] = Some(state.clone());
            if state.depth < 0 {
                return Err(format!("negative depth at {}", instr.index));
            }
            max = max.max(state.depth);
            if state.blocks.len() > 21 {
                return Err("more than 21 open blocks".into());
            }
            for &(_, recorded) in &state.blocks {
                if state.depth < recorded {
                    return Err(format!(
                        "depth {} below a block's recorded {} at {}",
                        state.depth, recorded, instr.index
                    ));
                }
            }
            let op = instr.op.ok_or("bad opcode")?;
            let (fall, jump) = effect(op, instr.arg);
            let target = position_of(instr.arg);
            match op {
                Op::SETUP_EXCEPT => {
                    let handler = State {
                        depth: state.depth + 2,
                        blocks: state.blocks.clone(),
                    };
                    max = max.max(handler.depth);
                    work.push((target.ok_or("bad target")?, handler));
                    state.blocks.push((instr.arg, state.depth));
                    position += 1;
                    continue;
                }
                Op::POP_BLOCK if state.blocks.pop().is_none() => {
                    return Err(format!("POP_BLOCK without a block at {}", instr.index));
                }
                Op::RETURN_VALUE if state.depth != 1 || !state.blocks.is_empty() => {
                    return Err(format!(
                        "RETURN_VALUE at {} with depth {} and {} blocks",
                        instr.index,
                        state.depth,
                        state.blocks.len()
                    ));
                }
                Op::POP_EXCEPT | Op::RERAISE | Op::PRINT_EXPR | Op::YIELD_VALUE
                    if state.depth < 1 =>
                {
                    return Err(format!("{} on an empty stack", op.name()));
                }
                _ => {}
            }
            if let Some(delta) = jump {
                let jumped = State {
                    depth: state.depth + delta,
                    blocks: state.blocks.clone(),
                };
                if jumped.depth < 0 {
                    return Err(format!("negative depth jumping from {}", instr.index));
                }
                work.push((target.ok_or("bad target")?, jumped));
            }
            match fall {
                Some(delta) => {
                    // Operands are popped before results are pushed.
                    let popped = match op {
                        Op::CALL_FUNCTION => i64::from(instr.arg) + 1,
                        Op::STORE_SUBSCR => 3,
                        _ => 0,
                    };
                    if state.depth < popped {
                        return Err(format!("{} pops too much at {}", op.name(), instr.index));
                    }
                    state.depth += delta;
                    if state.depth < 0 {
                        return Err(format!("negative depth after {}", instr.index));
                    }
                    position += 1;
                }
                None => break,
            }
        }
    }
    if max != i64::from(code.stacksize) {
        return Err(format!(
            "stacksize {} but the deepest path needs {}",
            code.stacksize, max
        ));
    }
    Ok(())
}
