//! Frames and handler blocks: the state of one running function.
//!
//! A frame's slots live on the VM's value stack starting at `base`: fast locals, then cells,
//! then the operand stack. Arguments of a call are left where the caller pushed them and
//! become the callee's first locals, so a call copies nothing.

use alloc::rc::Rc;

use crate::obj::Code;
use crate::value::Value;

/// What to do with a frame's return value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReturnAction {
    /// Push it on the caller's stack.
    Push,
    /// `__init__` of a class call: it must be None; push `Frame::instance` instead.
    Instance,
}

/// An active exception handler (`SETUP_EXCEPT`).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Instruction index of the handler.
    pub handler: u32,
    /// Operand-stack depth to unwind to, relative to the frame's base.
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<Code>,
    /// The code object (keeps `code` alive for the collector).
    pub code_val: Value,
    /// Byte offset of the next instruction.
    pub ip: usize,
    /// First slot of this frame on the value stack.
    pub base: usize,
    /// Stack length to restore when the frame returns (drops the callee and arguments).
    pub return_to: usize,
    /// Index of this frame's first block in `Vm::blocks`.
    pub block_base: usize,
    pub globals: Value,
    /// Namespace dict for module and class-body code; NULL for functions.
    pub locals: Value,
    pub func: Value,
    /// The generator this frame runs for, or NULL.
    pub generator: Value,
    /// The instance a class call is initialising (ReturnAction::Instance), or NULL.
    pub instance: Value,
    pub on_return: ReturnAction,
    /// This frame was entered by a (nested) `run` call and ends it when it returns.
    pub entry: bool,
}

impl Frame {
    /// Index of the instruction being executed (for line numbers).
    pub fn instruction(&self) -> u32 {
        (self.ip / 2).saturating_sub(1) as u32
    }

    pub fn line(&self) -> u32 {
        self.code.line_of(self.instruction())
    }

    /// Stack index where the operand stack starts.
    #[inline]
    pub fn stack_start(&self) -> usize {
        self.base + self.code.frame_slots()
    }
}
