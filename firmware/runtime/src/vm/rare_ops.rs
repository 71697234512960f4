//! The dispatch loop's rarer instructions, out of line.
//!
//! Displays of sets, dicts and f-strings, the comprehension steps that add to a set or dict,
//! `**`-merges, `import *` and the REPL's echo run here, called from one arm of
//! [`Vm::execute`]: each is a fraction of the cost of the work it does, and outside the loop
//! they leave its registers to the common instructions (every change to an arm inside moved
//! the loop's register allocation by 1-4% on the benchmarks).

use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::compile::opcode::Op;
use crate::obj::Obj;
use crate::value::Value;

impl Vm {
    /// Runs `op` (one of the instructions [`Vm::execute`] sends here) with its argument; the
    /// frame's instruction pointer is already stored.
    #[inline(never)]
    pub(crate) fn execute_rare(&mut self, op: Op, arg: usize) -> PyResult<()> {
        match op {
            Op::BUILD_SET => {
                let start = self.stack.len() - arg;
                let set = self.new_set_value(false)?;
                self.stack.push(set);
                for i in start..start + arg {
                    let item = self.stack[i];
                    self.set_add(set, item)?;
                }
                self.stack.truncate(start);
                self.stack.push(set);
            }
            Op::BUILD_MAP => {
                let start = self.stack.len() - 2 * arg;
                let dict = self.new_dict()?;
                self.stack.push(dict);
                for i in 0..arg {
                    let key = self.stack[start + 2 * i];
                    let value = self.stack[start + 2 * i + 1];
                    self.dict_set_item(dict, key, value)?;
                }
                self.stack.truncate(start);
                self.stack.push(dict);
            }
            Op::BUILD_STRING => {
                // Sized first: an f-string too big for the largest free block of a
                // fragmented board heap is a MemoryError, not a failed allocation.
                let start = self.stack.len() - arg;
                let parts = &self.stack[start..];
                let length = parts
                    .iter()
                    .map(|&part| self.str_text(part).map_or(0, str::len))
                    .sum();
                let mut text = String::new();
                self.text_room(&mut text, length)?;
                for &part in &self.stack[start..] {
                    text.push_str(self.str_text(part).unwrap_or(""));
                }
                let v = self.new_string(text)?;
                self.stack.truncate(start);
                self.stack.push(v);
            }
            Op::SET_ADD => {
                let v = self.pop();
                let set = self.peek(arg - 1);
                self.set_add(set, v)?;
            }
            Op::MAP_ADD => {
                let value = self.pop();
                let key = self.pop();
                let dict = self.peek(arg - 1);
                self.dict_set_item_collecting(dict, key, value)?;
            }
            Op::SET_UPDATE => {
                let iterable = self.pop();
                let set = self.peek(arg - 1);
                self.set_display_update(set, iterable)?;
            }
            Op::DICT_UPDATE | Op::DICT_MERGE => {
                let other = self.pop();
                let dict = self.peek(arg - 1);
                // (`other` goes back on the stack while its `keys()` and items are read.)
                let depth = self.stack.len();
                self.stack.push(other);
                let result = if op == Op::DICT_MERGE {
                    self.merge_mapping(dict, other)
                } else {
                    self.dict_display_update(dict, other)
                };
                self.stack.truncate(depth);
                if let Err(e) = result {
                    if op == Op::DICT_MERGE {
                        // [func, args, kwargs, ...]: name the callee as CPython does.
                        let func = if self.stack.len() > arg + 1 {
                            self.peek(arg + 1)
                        } else {
                            Value::NONE
                        };
                        let function = self.callable_str(func);
                        return Err(self.prefix_message(e, &function));
                    }
                    return Err(e);
                }
            }
            Op::LIST_TO_TUPLE => {
                // The display's own list, held nowhere else: its items move to the tuple (a
                // copy could find no block on a fragmented heap).
                let list = self.pop();
                let items = match self.heap.get_mut(list) {
                    Obj::List(items) => core::mem::take(items),
                    _ => Vec::new(),
                };
                let tuple = self.new_tuple(items)?;
                self.stack.push(tuple);
            }
            Op::UNPACK_EX => {
                let seq = self.pop();
                let before = arg & 0xff;
                let after = arg >> 8;
                self.unpack_sequence(seq, before, Some(after))?;
            }
            Op::IMPORT_STAR => {
                let module = self.pop();
                let frame = self.frames.len() - 1;
                let locals = self.frames[frame].locals;
                let target = if locals.is_null() {
                    self.frames[frame].globals
                } else {
                    locals
                };
                let depth = self.stack.len();
                self.stack.push(module);
                let result = self.import_star(module, target);
                self.stack.truncate(depth);
                result?;
            }
            Op::PRINT_EXPR => {
                let v = self.pop();
                if !v.is_none() {
                    self.print_expression(v)?;
                }
            }
            _ => super::in_bounds::interpreter_bug(),
        }
        Ok(())
    }
}
