//! The assembler: symbolic instructions with labels to bytecode, line table and stack size.
//!
//! The code generator emits `Instr`s whose jump arguments are label numbers. Assembly
//! computes how many `EXTENDED_ARG` prefixes every instruction needs, iterating until jump
//! targets (absolute instruction indexes) stop growing, then writes the bytes, the
//! `(instruction_index, line)` table, and the exact maximum stack depth found by following
//! every path (a handler entered from `SETUP_EXCEPT` starts two values above the depth the
//! block recorded).

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::opcode::Op;

/// One instruction before assembly; for jumps the argument is a label number. (Lines are
/// kept apart, as runs, and the argument takes 3 bytes, so an instruction costs 4 bytes while
/// a unit is being compiled: a large function's list is the biggest thing next to its tree.)
#[derive(Debug, Clone, Copy)]
pub(crate) struct Instr {
    pub op: Op,
    arg: [u8; 3],
}

impl Instr {
    /// The largest argument an instruction holds before assembly (names, constants, labels
    /// of one unit): the emitter reports a unit that needs more as out of memory.
    pub(crate) const MAX_ARG: u32 = (1 << 24) - 1;

    /// `arg` must be at most `MAX_ARG`.
    pub(crate) fn new(op: Op, arg: u32) -> Instr {
        let [low, middle, high, _] = arg.to_le_bytes();
        Instr {
            op,
            arg: [low, middle, high],
        }
    }

    #[inline]
    pub(crate) fn arg(&self) -> u32 {
        let [low, middle, high] = self.arg;
        u32::from_le_bytes([low, middle, high, 0])
    }
}

/// Label positions: `labels[label]` is the index in the instruction list it marks.
pub(crate) const UNBOUND: u32 = u32::MAX;

/// Whether `op`'s argument is a jump target.
pub(crate) fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::JUMP_ABSOLUTE
            | Op::POP_JUMP_IF_FALSE
            | Op::POP_JUMP_IF_TRUE
            | Op::JUMP_IF_FALSE_OR_POP
            | Op::JUMP_IF_TRUE_OR_POP
            | Op::FOR_ITER
            | Op::SETUP_EXCEPT
    )
}

/// Stack effect of `op` when it falls through to the next instruction (`None`: it never
/// does) and when it jumps (`None`: it never jumps). For `SETUP_EXCEPT` the jump effect is the
/// handler's entry: two values above the current depth.
pub(crate) fn stack_effect(op: Op, arg: u32) -> (Option<i32>, Option<i32>) {
    let arg_i = arg as i32;
    let fall = |effect: i32| (Some(effect), None);
    match op {
        Op::NOP | Op::EXTENDED_ARG => fall(0),
        Op::POP_TOP => fall(-1),
        Op::ROT_TWO | Op::ROT_THREE | Op::ROT_FOUR => fall(0),
        Op::DUP_TOP => fall(1),
        Op::DUP_TOP_TWO => fall(2),
        Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_NOT | Op::UNARY_INVERT => fall(0),
        Op::BINARY_OP | Op::COMPARE_OP | Op::IS_OP | Op::CONTAINS_OP | Op::BINARY_SUBSCR => {
            fall(-1)
        }
        Op::STORE_SUBSCR => fall(-3),
        Op::DELETE_SUBSCR => fall(-2),
        Op::BUILD_SLICE => fall(1 - arg_i),
        Op::LOAD_CONST
        | Op::LOAD_SMALL_INT
        | Op::LOAD_FAST
        | Op::LOAD_NAME
        | Op::LOAD_GLOBAL
        | Op::LOAD_DEREF
        | Op::LOAD_CLOSURE
        | Op::LOAD_CLASSDEREF
        | Op::LOAD_ASSERTION_ERROR
        | Op::LOAD_BUILD_CLASS => fall(1),
        Op::STORE_FAST | Op::STORE_NAME | Op::STORE_GLOBAL | Op::STORE_DEREF => fall(-1),
        Op::DELETE_FAST | Op::DELETE_NAME | Op::DELETE_GLOBAL | Op::DELETE_DEREF => fall(0),
        Op::LOAD_ATTR => fall(0),
        Op::STORE_ATTR => fall(-2),
        Op::DELETE_ATTR => fall(-1),
        Op::LOAD_METHOD => fall(1),
        Op::CALL_FUNCTION => fall(-arg_i),
        Op::CALL_FUNCTION_KW => fall(-arg_i - 1),
        Op::CALL_FUNCTION_EX => fall(-1 - (arg_i & 1)),
        Op::CALL_METHOD => fall(-arg_i - 1),
        Op::MAKE_FUNCTION => fall(-1 - (arg & 0x0f).count_ones() as i32),
        Op::RETURN_VALUE => (None, None),
        Op::YIELD_VALUE => fall(0),
        Op::YIELD_FROM => fall(-1),
        Op::GET_ITER | Op::GET_YIELD_FROM_ITER => fall(0),
        Op::FOR_ITER => (Some(1), Some(-1)),
        Op::JUMP_ABSOLUTE => (None, Some(0)),
        Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => (Some(-1), Some(-1)),
        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => (Some(-1), Some(0)),
        Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => fall(1 - arg_i),
        Op::BUILD_MAP => fall(1 - 2 * arg_i),
        Op::LIST_APPEND
        | Op::SET_ADD
        | Op::LIST_EXTEND
        | Op::SET_UPDATE
        | Op::DICT_UPDATE
        | Op::DICT_MERGE => fall(-1),
        Op::MAP_ADD => fall(-2),
        Op::LIST_TO_TUPLE => fall(0),
        Op::UNPACK_SEQUENCE => fall(arg_i - 1),
        Op::UNPACK_EX => fall((arg & 0xff) as i32 + (arg >> 8) as i32),
        Op::FORMAT_VALUE => fall(if arg & 0x04 != 0 { -1 } else { 0 }),
        Op::IMPORT_NAME => fall(-1),
        Op::IMPORT_FROM => fall(1),
        Op::IMPORT_STAR => fall(-1),
        Op::RAISE_VARARGS | Op::RERAISE => (None, None),
        Op::SETUP_EXCEPT => (Some(0), Some(2)),
        Op::POP_BLOCK => fall(0),
        Op::POP_EXCEPT => fall(-1),
        Op::CHECK_EXC_MATCH => fall(0),
        Op::CHECK_EG_MATCH => fall(1),
        Op::PREP_RERAISE_STAR => fall(-1),
        Op::BEFORE_WITH => fall(1),
        Op::WITH_EXCEPT_START => fall(1),
        Op::PRINT_EXPR => fall(-1),
    }
}

/// Jump threading: a jump whose target is an unconditional jump goes straight to that
/// jump's target (a `continue` or an `if` at the end of a loop body then costs one jump).
/// Unconditional jumps are stack-neutral, so this is valid for every jump kind.
pub(crate) fn thread_jumps(instrs: &mut [Instr], labels: &[u32]) {
    for index in 0..instrs.len() {
        if !is_jump(instrs[index].op) {
            continue;
        }
        let mut label = instrs[index].arg();
        // A few hops suffice; the bound also stops on jump cycles (`while True: pass`).
        for _ in 0..4 {
            let Some(&position) = labels.get(label as usize) else {
                break;
            };
            match instrs.get(position as usize) {
                Some(target) if target.op == Op::JUMP_ABSOLUTE && target.arg() != label => {
                    label = target.arg();
                }
                _ => break,
            }
        }
        instrs[index] = Instr::new(instrs[index].op, label);
    }
}

/// Number of 2-byte code units an instruction with argument `arg` takes.
fn units_for(arg: u32) -> u32 {
    match arg {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

/// The assembled pieces of one code object.
pub(crate) struct Assembled {
    pub code: Vec<u8>,
    pub linetable: Vec<(u32, u32)>,
    pub stacksize: u16,
}

/// Why assembly failed.
pub(crate) enum AssembleError {
    /// A bug in the code generator.
    Internal(String),
    /// The unit's tables did not fit the heap (raised as `MemoryError`).
    OutOfMemory,
}

impl From<String> for AssembleError {
    fn from(msg: String) -> AssembleError {
        AssembleError::Internal(msg)
    }
}

/// `length` copies of `value`, or `OutOfMemory`: big units are compiled on small heaps.
fn filled<T: Clone>(value: T, length: usize) -> Result<Vec<T>, AssembleError> {
    let mut vector = Vec::new();
    vector
        .try_reserve_exact(length)
        .map_err(|_| AssembleError::OutOfMemory)?;
    vector.resize(length, value);
    Ok(vector)
}

/// Assembles `instrs`; `lines` holds `(instruction position, line)` where the line changes.
pub(crate) fn assemble(
    instrs: &[Instr],
    labels: &[u32],
    lines: &[(u32, u32)],
) -> Result<Assembled, AssembleError> {
    let target_of = |instr: &Instr| -> Result<usize, String> {
        let position = labels.get(instr.arg() as usize).copied().unwrap_or(UNBOUND);
        if position == UNBOUND || position as usize > instrs.len() {
            return Err(format!(
                "internal compiler error: unbound label {}",
                instr.arg()
            ));
        }
        Ok(position as usize)
    };

    let stacksize = max_stack_depth(instrs, &target_of)?;

    // Sizes in code units; jumps start narrow and only ever widen.
    let mut sizes: Vec<u8> = filled(1, instrs.len())?;
    for (size, instr) in sizes.iter_mut().zip(instrs) {
        if !is_jump(instr.op) {
            *size = units_for(instr.arg()) as u8;
        }
    }
    let mut offsets = filled(0u32, instrs.len() + 1)?;
    loop {
        for index in 0..instrs.len() {
            offsets[index + 1] = offsets[index] + u32::from(sizes[index]);
        }
        let mut changed = false;
        for (index, instr) in instrs.iter().enumerate() {
            if is_jump(instr.op) {
                let size = units_for(offsets[target_of(instr)?]) as u8;
                if size != sizes[index] {
                    sizes[index] = size;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }

    let total = offsets[instrs.len()] as usize;
    let mut code = Vec::new();
    code.try_reserve_exact(total * 2)
        .map_err(|_| AssembleError::OutOfMemory)?;
    let mut linetable = Vec::new();
    linetable
        .try_reserve_exact(lines.len())
        .map_err(|_| AssembleError::OutOfMemory)?;
    linetable.extend(
        lines
            .iter()
            .filter(|&&(position, _)| (position as usize) < instrs.len())
            .map(|&(position, line)| (offsets[position as usize], line)),
    );
    for (index, instr) in instrs.iter().enumerate() {
        let arg = if is_jump(instr.op) {
            offsets[target_of(instr)?]
        } else {
            instr.arg()
        };
        for prefix in (1..u32::from(sizes[index])).rev() {
            code.push(Op::EXTENDED_ARG as u8);
            code.push((arg >> (8 * prefix)) as u8);
        }
        code.push(instr.op as u8);
        code.push(arg as u8);
    }
    Ok(Assembled {
        code,
        linetable,
        stacksize,
    })
}

/// Follows every path from the first instruction and returns the deepest stack seen.
fn max_stack_depth(
    instrs: &[Instr],
    target_of: &dyn Fn(&Instr) -> Result<usize, String>,
) -> Result<u16, AssembleError> {
    let mut depths: Vec<i32> = filled(-1, instrs.len() + 1)?;
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0i32;
    while let Some((start, depth)) = work.pop() {
        let mut index = start;
        let mut depth = depth;
        loop {
            if index >= instrs.len() {
                break;
            }
            let seen = depths[index];
            if seen >= 0 {
                if seen != depth {
                    return Err(AssembleError::Internal(format!(
                        "internal compiler error: stack depth {} vs {} at instruction {}",
                        seen, depth, index
                    )));
                }
                break;
            }
            depths[index] = depth;
            let instr = &instrs[index];
            let (fall, jump) = stack_effect(instr.op, instr.arg());
            if let Some(effect) = jump {
                let target_depth = depth + effect;
                if target_depth < 0 {
                    return Err(AssembleError::Internal(format!(
                        "internal compiler error: negative stack depth at {}",
                        index
                    )));
                }
                max = max.max(target_depth);
                work.push((target_of(instr)?, target_depth));
            }
            match fall {
                Some(effect) => {
                    depth += effect;
                    // Instructions that pop their operands push their result afterwards, so
                    // the peak inside an instruction never exceeds max(before, after).
                    if depth < 0 {
                        return Err(AssembleError::Internal(format!(
                            "internal compiler error: negative stack depth at {}",
                            index
                        )));
                    }
                    max = max.max(depth);
                    index += 1;
                }
                None => break,
            }
        }
    }
    u16::try_from(max)
        .map_err(|_| AssembleError::Internal(String::from("too many values on the stack")))
}
