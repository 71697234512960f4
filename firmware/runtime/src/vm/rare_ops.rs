//! The dispatch loop's rarer instructions, out of line.
//!
//! Displays of sets, dicts and f-strings, the comprehension steps that add to a set or dict,
//! `**`-merges, imports, `del` of names, attributes and items, `raise`, `class` and the REPL's
//! echo run here, called from one arm of [`Vm::execute`]: each is a fraction of the cost of
//! the work it does. Outside the loop they cost it nothing, but which arms stay inside moves
//! its register allocation: moving the display ones out made every benchmark 0-2% faster;
//! the `del`, import, `raise` and `class` ones (1.1 KB of flash) cost the thumbv7em boards
//! ~1% (pystone 35,231 -> 34,838 on stm32f405, icount), taken for the flash.

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
                let length: usize = parts
                    .iter()
                    .map(|&part| self.str_text(part).map_or(0, str::len))
                    .sum();
                let mut text = String::new();
                self.text_room(&mut text, length + crate::obj::STR_HEADER)?;
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
            Op::DELETE_SUBSCR => {
                let index = self.pop();
                let container = self.pop();
                self.del_item(container, index)?;
            }
            Op::DELETE_NAME | Op::DELETE_GLOBAL => {
                let frame = &self.frames[self.frames.len() - 1];
                let name = frame.code.names()[arg];
                let target = if op == Op::DELETE_NAME && !frame.locals.is_null() {
                    frame.locals
                } else {
                    frame.globals
                };
                self.mapping_del_name(target, name)?;
            }
            Op::DELETE_ATTR => {
                let obj = self.pop();
                let name = self.current_name(arg);
                self.delete_attr(obj, name)?;
            }
            Op::LOAD_BUILD_CLASS => {
                let v = self.load_global(self.builtins, crate::qstr::q::__build_class__)?;
                self.stack.push(v);
            }
            Op::IMPORT_NAME => {
                let fromlist = self.pop();
                let level = self.pop();
                let globals = self.frames[self.frames.len() - 1].globals;
                let module = self.import_name(self.current_name(arg), fromlist, level, globals)?;
                self.stack.push(module);
            }
            Op::IMPORT_FROM => {
                let module = self.top();
                let v = self.import_from(module, self.current_name(arg))?;
                self.stack.push(v);
            }
            Op::RAISE_VARARGS => {
                let exception = match arg {
                    0 => {
                        let handled = self.current_handled();
                        if handled.is_none() {
                            return Err(self.new_exception_msg(
                                self.types.runtime_error,
                                "No active exception to reraise",
                            ));
                        }
                        self.set_reraise_flag();
                        handled
                    }
                    1 => {
                        let v = self.pop();
                        self.make_raisable(v, Value::NULL)?
                    }
                    _ => {
                        let cause = self.pop();
                        let v = self.pop();
                        let depth = self.stack.len();
                        self.stack.extend_from_slice(&[cause, v]);
                        let made = self.make_raisable(v, cause);
                        self.stack.truncate(depth);
                        made?
                    }
                };
                return Err(exception);
            }
            _ => super::in_bounds::interpreter_bug(),
        }
        Ok(())
    }

    /// The running frame's name `index` (an instruction's argument).
    fn current_name(&self, index: usize) -> crate::qstr::Qstr {
        self.frames[self.frames.len() - 1].code.names()[index]
    }
}
