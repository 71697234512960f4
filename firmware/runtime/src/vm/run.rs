//! The dispatch loop: one `match` over the opcodes, frames on the value stack.
//!
//! Python-to-Python calls push a frame and continue in the same loop (no Rust recursion), so
//! deep Python recursion costs heap, not machine stack. Native code that calls back into
//! Python (a `key=` function, `__eq__` from a dict) enters `run` again, nested.

use alloc::rc::Rc;
use alloc::vec::Vec;

use super::frame::{Block, ReturnAction};
use super::{PyResult, Vm};
use crate::compile::opcode::{binary, Op};
use crate::obj::{Code, Obj};
use crate::qstr::Qstr;
use crate::value::Value;

/// How a call instruction went.
pub enum CallOutcome {
    /// A Python frame was pushed: continue in it.
    Frame,
    /// The call finished with this result.
    Value(Value),
}

impl Vm {
    /// `PRINT_EXPR` (the REPL's echo) of a value other than None: its repr, then `_ = value`.
    #[inline(never)]
    pub(super) fn print_expression(&mut self, value: Value) -> PyResult<()> {
        let text = self.repr(value)?;
        self.write_out(&text);
        self.write_out("\n");
        let builtins = self.builtins;
        self.dict_set_name(builtins, crate::qstr::q::underscore, value)
    }
}

impl Vm {
    /// No room for one more level of native recursion (a nested run or a native call from
    /// native code): too many levels, or too little machine stack left.
    pub(crate) fn native_nesting_exhausted(&self) -> bool {
        self.nested_runs >= self.max_nested_runs()
            || crate::port::stack_remaining() < super::RUN_STACK_RESERVE
    }

    #[cfg(target_pointer_width = "64")]
    fn max_nested_runs(&self) -> usize {
        self.recursion_limit
    }

    #[cfg(not(target_pointer_width = "64"))]
    fn max_nested_runs(&self) -> usize {
        super::MAX_NESTED_RUNS
    }

    /// A `RecursionError` when there is no room for one more level of native recursion:
    /// for native code about to recurse without a nested run (iterators wrapping iterators,
    /// nested tuples of classes, exceptions in exceptions).
    pub(crate) fn check_native_nesting(&mut self) -> PyResult<()> {
        if self.native_nesting_exhausted() {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// `RecursionError: maximum recursion depth exceeded`.
    #[cold]
    #[inline(never)]
    pub(crate) fn recursion_error(&mut self) -> Value {
        let class = self.types.recursion_error;
        self.new_exception_msg(class, "maximum recursion depth exceeded")
    }

    /// Runs the top frame (which must have `entry` set) until it returns or raises.
    pub fn run(&mut self) -> PyResult<Value> {
        if self.native_nesting_exhausted() {
            let frame = self.frames.pop();
            if let Some(frame) = frame {
                self.blocks.truncate(frame.block_base);
                self.stack.truncate(frame.return_to);
            }
            return Err(self.recursion_error());
        }
        self.nested_runs += 1;
        // A safe point as a function's body starts (its arguments are in its frame): native
        // code calling a Python function over and over (`sum(map(f, …))`, a sort's key) would
        // otherwise never reach one when `f` has no call or loop. Not for a module's or class's
        // body (an import): collecting there only moved objects about in a nearly full heap;
        // nor for a generator's resumption (its loop's backward jump is a safe point).
        if self
            .frames
            .last()
            .is_some_and(|frame| frame.locals.is_null() && frame.generator.is_null())
        {
            self.maybe_collect();
        }
        let result = loop {
            match self.execute() {
                Ok(v) => break Ok(v),
                Err(exception) => match self.unwind(exception) {
                    Ok(()) => {
                        // Entering a handler is a safe point: after a `MemoryError` the
                        // garbage goes before the handler runs, not at its first call or
                        // loop (where looking up a built-in or building a message would
                        // find the heap still full).
                        self.maybe_collect();
                        continue;
                    }
                    Err(exception) => break Err(exception),
                },
            }
        };
        self.nested_runs -= 1;
        result
    }

    /// `f(**other)`: `other` must be a mapping (have `keys`), as CPython checks.
    pub(super) fn merge_mapping(&mut self, dict: Value, other: Value) -> PyResult<()> {
        let is_mapping = matches!(self.heap_obj(other), Some(Obj::Dict(_))) || {
            let keys = self.qstrs.intern("keys");
            self.load_attr_optional(other, keys)?.is_some()
        };
        if !is_mapping {
            let name = self.type_name(other);
            return Err(self.type_error(alloc::format!(
                "argument after ** must be a mapping, not {name}"
            )));
        }
        self.dict_update(dict, other, true)
    }

    /// The error of a `with` whose manager has `__enter__` but no `__exit__`.
    #[cold]
    fn missed_exit(&mut self, error: Value, manager: Value) -> Value {
        if !self.isinstance(error, self.types.type_error) {
            return error;
        }
        let name = self.type_name(manager);
        self.type_error(alloc::format!(
            "'{name}' object does not support the context manager protocol (missed __exit__ \
             method)"
        ))
    }

    /// Finds a handler for `exception`, popping frames up to the entry frame. Ok: a handler
    /// was entered; Err: the exception leaves this `run`.
    pub(crate) fn unwind(&mut self, exception: Value) -> PyResult<()> {
        let mut add_entry = !self.take_reraise_flag();
        loop {
            if self.frames.is_empty() {
                return Err(exception);
            }
            if add_entry {
                self.add_traceback(exception);
            }
            add_entry = true;
            let frame = self.frames.last().expect("checked above");
            if self.blocks.len() > frame.block_base {
                let block = self.blocks.pop().expect("checked above");
                let base = frame.base;
                let frame_stack = frame.stack_start();
                let level = frame_stack + block.level as usize;
                self.stack.truncate(level);
                // Never expected (the compiler keeps the stack at least this deep), but a
                // short stack must not corrupt the frame below.
                self.stack.resize(level, Value::NONE);
                let previous = self.handled;
                self.stack.push(previous);
                self.stack.push(exception);
                self.handled = exception;
                let _ = base;
                self.frames.last_mut().expect("checked above").ip = block.handler as usize * 2;
                return Ok(());
            }
            let frame = self.frames.pop().expect("checked above");
            self.blocks.truncate(frame.block_base);
            self.stack.truncate(frame.return_to);
            if !frame.generator.is_null() {
                self.generator_finished(frame.generator);
            }
            if frame.entry {
                return Err(exception);
            }
        }
    }

    /// Pops the top frame after a return and hands the value to the caller.
    /// Returns Some(value) when the frame was the entry frame of this `run`.
    #[inline]
    fn return_from_frame(&mut self, value: Value) -> PyResult<Option<Value>> {
        let frame = self.frames.last().expect("a frame is running");
        if frame.on_return == ReturnAction::Instance && !value.is_none() {
            return Err(self.init_returned_value(value));
        }
        let frame = self.frames.pop().expect("a frame is running");
        self.blocks.truncate(frame.block_base);
        self.stack.truncate(frame.return_to);
        let value = match frame.on_return {
            ReturnAction::Push => value,
            ReturnAction::Instance => frame.instance,
        };
        if !frame.generator.is_null() {
            self.generator_finished(frame.generator);
            self.yielded = false;
        }
        if frame.entry {
            return Ok(Some(value));
        }
        self.stack.push(value);
        Ok(None)
    }

    /// The TypeError for an `__init__` (the top frame) that returned something other than
    /// None. CPython raises it in the caller: the frame loses its handler blocks and gets no
    /// traceback line, so unwinding pops it (ending a nested run if it was that run's entry
    /// frame) and looks for a handler from the caller on.
    #[cold]
    #[inline(never)]
    fn init_returned_value(&mut self, value: Value) -> Value {
        if let Some(frame) = self.frames.last() {
            self.blocks.truncate(frame.block_base);
        }
        self.set_reraise_flag();
        self.init_result_error(value)
    }

    /// CPython's TypeError for an `__init__` that returned `value` instead of None.
    #[cold]
    pub(super) fn init_result_error(&mut self, value: Value) -> Value {
        let name = self.type_name(value);
        self.type_error(alloc::format!(
            "__init__() should return None, not '{name}'"
        ))
    }

    #[inline(always)]
    pub(super) fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::NULL)
    }

    #[inline(always)]
    pub(super) fn top(&self) -> Value {
        *self.stack.last().unwrap_or(&Value::NULL)
    }

    /// `CHECK_EG_MATCH` or `PREP_RERAISE_STAR`.
    #[cold]
    #[inline(never)]
    fn except_star_op(&mut self, op: Op) -> PyResult<()> {
        if op == Op::CHECK_EG_MATCH {
            self.check_eg_match()
        } else {
            self.prep_reraise_star()
        }
    }

    /// `CHECK_EG_MATCH` on the stack: [rest, types] becomes [rest left, matched, matched is
    /// not None]; the matched part is what a handler's `sys.exc_info()` sees.
    #[cold]
    #[inline(never)]
    pub(crate) fn check_eg_match(&mut self) -> PyResult<()> {
        let (rest, matched) = self.except_star_match(self.peek(1), self.peek(0))?;
        self.stack.truncate(self.stack.len() - 2);
        self.stack.push(rest);
        self.stack.push(matched);
        self.stack.push(Value::bool(!matched.is_none()));
        if !matched.is_none() {
            self.handled = matched;
        }
        Ok(())
    }

    /// `PREP_RERAISE_STAR` on the stack: pops [orig, raised]'s top and raises what leaves the
    /// `try` (as a re-raise), if anything.
    #[cold]
    #[inline(never)]
    pub(crate) fn prep_reraise_star(&mut self) -> PyResult<()> {
        let result = self.except_star_reraise(self.peek(1), self.peek(0))?;
        self.pop();
        if !result.is_none() {
            self.set_reraise_flag();
            return Err(result);
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn peek(&self, depth: usize) -> Value {
        self.stack[self.stack.len() - 1 - depth]
    }

    /// The dispatch loop proper.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn execute(&mut self) -> PyResult<Value> {
        'frames: loop {
            let frame_index = self.frames.len() - 1;
            // SAFETY: the frame's `Rc` keeps its code alive while the frame is on
            // `self.frames` (a reallocation of the Vec moves the `Rc`, not the code), and this
            // iteration of 'frames ends (continue or return) right after the frame is popped
            // (RETURN_VALUE) or suspended into its generator (yields), without touching `code`
            // again. Nested runs pop only frames they pushed. A borrow instead of an `Rc`
            // clone: no count update per frame switch.
            let code: &Code = unsafe { &*Rc::as_ptr(&self.frames[frame_index].code) };
            // Whole instructions (opcode, argument): one bounds check per fetch.
            let instructions: &[[u8; 2]] = code.code.instructions();
            let base = self.frames[frame_index].base;
            // Fixed for the frame's life; kept here for LOAD_GLOBAL/STORE_GLOBAL.
            let globals = self.frames[frame_index].globals;
            // Index of the next instruction (the frame keeps byte offsets).
            let mut ip = self.frames[frame_index].ip / 2;

            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frames[frame_index].ip = ip * 2;
                            return Err(e);
                        }
                    }
                };
            }
            // The operands of a rarer operation that may run Python code while it holds them
            // (an iterator, `keys()`, a conversion) go back on the stack meanwhile, where the
            // collector sees them. The common operations hold their own (`get_item`,
            // `binary_op`, … root what they keep when they call out).
            macro_rules! rooted {
                ([$($value:expr),+] $call:expr) => {{
                    let depth = self.stack.len();
                    $(self.stack.push($value);)+
                    let result = $call;
                    self.stack.truncate(depth);
                    result
                }};
            }
            macro_rules! name {
                ($arg:expr) => {
                    code.names()[$arg]
                };
            }
            macro_rules! safe_point {
                () => {
                    if crate::port::attention_pending() | self.heap.wants_collection() {
                        self.frames[frame_index].ip = ip * 2;
                        tri!(self.safe_point_slow());
                    }
                };
            }

            'instructions: loop {
                let Some(&[opcode, first_arg]) = instructions.get(ip) else {
                    self.frames[frame_index].ip = ip * 2;
                    return Err(self.new_exception_msg(
                        self.types.system_error,
                        "ran past the end of the bytecode",
                    ));
                };
                ip += 1;
                let mut arg = first_arg as usize;
                let mut op = decode_opcode(opcode);
                // Runs once per instruction; again only after an `EXTENDED_ARG` prefix.
                'dispatch: loop {
                    match op {
                        Op::EXTENDED_ARG => {
                            let Some((next, wide, next_ip)) =
                                extended_instruction(instructions, ip, arg)
                            else {
                                self.frames[frame_index].ip = ip * 2;
                                return Err(self.new_exception_msg(
                                    self.types.system_error,
                                    "bad EXTENDED_ARG",
                                ));
                            };
                            (op, arg, ip) = (decode_opcode(next), wide, next_ip);
                            continue 'dispatch;
                        }
                        Op::NOP => {}
                        Op::POP_TOP => {
                            self.stack.pop();
                        }
                        Op::ROT_TWO => {
                            let n = self.stack.len();
                            self.stack.swap(n - 1, n - 2);
                        }
                        Op::ROT_THREE => {
                            let n = self.stack.len();
                            self.stack[n - 3..].rotate_right(1);
                        }
                        Op::ROT_FOUR => {
                            let n = self.stack.len();
                            self.stack[n - 4..].rotate_right(1);
                        }
                        Op::DUP_TOP => {
                            let v = self.top();
                            self.stack.push(v);
                        }
                        Op::DUP_TOP_TWO => {
                            let a = self.peek(1);
                            let b = self.peek(0);
                            self.stack.push(a);
                            self.stack.push(b);
                        }
                        Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_INVERT => {
                            let v = self.pop();
                            let result = tri!(self.unary_op(op, v));
                            self.stack.push(result);
                        }
                        Op::UNARY_NOT => {
                            let v = self.pop();
                            let truth = tri!(self.is_true(v));
                            self.stack.push(Value::bool(!truth));
                        }
                        Op::BINARY_OP => {
                            let b = self.pop();
                            let a = self.pop();
                            // Small-int fast paths.
                            if a.is_small_int() && b.is_small_int() {
                                let (x, y) = (a.small_int_unchecked(), b.small_int_unchecked());
                                let quick = match (arg as u8) & !binary::INPLACE {
                                    binary::ADD => x.checked_add(y).and_then(Value::try_small_int),
                                    binary::SUBTRACT => {
                                        x.checked_sub(y).and_then(Value::try_small_int)
                                    }
                                    binary::MULTIPLY => {
                                        x.checked_mul(y).and_then(Value::try_small_int)
                                    }
                                    binary::AND => Some(Value::small_int(x & y)),
                                    binary::OR => Some(Value::small_int(x | y)),
                                    binary::XOR => Some(Value::small_int(x ^ y)),
                                    binary::FLOOR_DIVIDE if y != 0 => {
                                        let q = x / y;
                                        Value::try_small_int(
                                            if x % y != 0 && ((x < 0) != (y < 0)) {
                                                q - 1
                                            } else {
                                                q
                                            },
                                        )
                                    }
                                    binary::REMAINDER if y != 0 => {
                                        let r = x % y;
                                        Some(Value::small_int(if r != 0 && ((r < 0) != (y < 0)) {
                                            r + y
                                        } else {
                                            r
                                        }))
                                    }
                                    _ => None,
                                };
                                if let Some(result) = quick {
                                    self.stack.push(result);
                                    continue 'instructions;
                                }
                            }
                            let result = tri!(self.binary_op(arg as u8, a, b));
                            self.stack.push(result);
                        }
                        Op::COMPARE_OP => {
                            let b = self.pop();
                            let a = self.pop();
                            if a.is_small_int() && b.is_small_int() {
                                let (x, y) = (a.small_int_unchecked(), b.small_int_unchecked());
                                let result =
                                    crate::compile::opcode::compare::holds(arg as u8, &x, &y);
                                self.stack.push(Value::bool(result));
                                continue 'instructions;
                            }
                            // Interned strings are equal exactly when they are the same string.
                            if a.is_qstr()
                                && b.is_qstr()
                                && (arg as u8 == crate::compile::opcode::compare::EQ
                                    || arg as u8 == crate::compile::opcode::compare::NE)
                            {
                                self.stack.push(Value::bool(
                                    (a == b) == (arg as u8 == crate::compile::opcode::compare::EQ),
                                ));
                                continue 'instructions;
                            }
                            if let Some(result) = self.compare_exact_strs(arg as u8, a, b) {
                                self.stack.push(Value::bool(result));
                                continue 'instructions;
                            }
                            let result = tri!(self.compare_op(arg as u8, a, b));
                            self.stack.push(result);
                        }
                        Op::IS_OP => {
                            let b = self.pop();
                            let a = self.pop();
                            self.stack.push(Value::bool((a == b) != (arg != 0)));
                        }
                        Op::CONTAINS_OP => {
                            let container = self.pop();
                            let item = self.pop();
                            let found = tri!(self.contains(container, item));
                            self.stack.push(Value::bool(found != (arg != 0)));
                        }
                        Op::BINARY_SUBSCR => {
                            let index = self.pop();
                            let container = self.pop();
                            if let (Some(i), true) = (index.as_small_int(), container.is_heap()) {
                                let item = match self.heap.get(container) {
                                    Obj::List(items) => list_index(items, i),
                                    Obj::Tuple(items) => list_index(items, i),
                                    _ => None,
                                };
                                if let Some(item) = item {
                                    self.stack.push(item);
                                    continue 'instructions;
                                }
                            }
                            let result = tri!(self.get_item(container, index));
                            self.stack.push(result);
                        }
                        Op::STORE_SUBSCR => {
                            let index = self.pop();
                            let container = self.pop();
                            let value = self.pop();
                            if let (Some(i), true) = (index.as_small_int(), container.is_heap()) {
                                if let Obj::List(items) = self.heap.get_mut(container) {
                                    let len = items.len() as isize;
                                    let position = if i < 0 { i + len } else { i };
                                    if (0..len).contains(&position) {
                                        items[position as usize] = value;
                                        continue 'instructions;
                                    }
                                }
                            }
                            if matches!(self.heap_obj(container), Some(Obj::Dict(_))) {
                                tri!(self.dict_set_item_collecting(container, index, value));
                                continue 'instructions;
                            }
                            tri!(self.set_item(container, index, value));
                        }
                        Op::BUILD_SLICE => {
                            let step = if arg == 3 { self.pop() } else { Value::NONE };
                            let stop = self.pop();
                            let start = self.pop();
                            let slice =
                                tri!(self.alloc(Obj::Slice(alloc::boxed::Box::new([
                                    start, stop, step
                                ]))));
                            self.stack.push(slice);
                        }
                        Op::LOAD_CONST => {
                            self.stack.push(code.consts[arg]);
                        }
                        Op::LOAD_SMALL_INT => {
                            self.stack.push(Value::small_int(arg as isize));
                        }
                        Op::LOAD_FAST => {
                            let v = self.stack[base + arg];
                            if v.is_null() {
                                let name = code.varnames()[arg];
                                tri!(Err(self.unbound_local(name)));
                            }
                            self.stack.push(v);
                        }
                        Op::STORE_FAST => {
                            let v = self.pop();
                            self.stack[base + arg] = v;
                        }
                        Op::DELETE_FAST => {
                            if self.stack[base + arg].is_null() {
                                let name = code.varnames()[arg];
                                tri!(Err(self.unbound_local(name)));
                            }
                            self.stack[base + arg] = Value::NULL;
                        }
                        Op::LOAD_NAME => {
                            let name = name!(arg);
                            let locals = self.frames[frame_index].locals;
                            let globals = self.frames[frame_index].globals;
                            let found = if !locals.is_null() && locals != globals {
                                tri!(self.mapping_get_name(locals, name))
                            } else {
                                None
                            };
                            let v = match found {
                                Some(v) => v,
                                None => tri!(self.load_global(globals, name)),
                            };
                            self.stack.push(v);
                        }
                        Op::STORE_NAME => {
                            let name = name!(arg);
                            let v = self.pop();
                            let locals = self.frames[frame_index].locals;
                            let target = if locals.is_null() {
                                self.frames[frame_index].globals
                            } else {
                                locals
                            };
                            tri!(self.mapping_set_name(target, name, v));
                        }
                        Op::LOAD_GLOBAL => {
                            let v = match self.cached_global(code, arg, globals) {
                                Some(v) => v,
                                None => tri!(self.load_global_uncached(code, arg, globals)),
                            };
                            self.stack.push(v);
                        }
                        Op::STORE_GLOBAL => {
                            let v = self.pop();
                            tri!(self.store_global_cached(code, arg, globals, v));
                        }
                        Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => {
                            let cell = self.stack[base + code.nlocals() + arg];
                            if op == Op::LOAD_CLASSDEREF {
                                let locals = self.frames[frame_index].locals;
                                let name = code.cellnames()[arg];
                                if !locals.is_null() {
                                    if let Some(v) = tri!(self.mapping_get_name(locals, name)) {
                                        self.stack.push(v);
                                        continue 'instructions;
                                    }
                                }
                            }
                            let v = match self.heap.get(cell) {
                                Obj::Cell(v) => *v,
                                _ => Value::NULL,
                            };
                            if v.is_null() {
                                let name = code.cellnames()[arg];
                                tri!(Err(self.unbound_deref(name, arg < code.ncells as usize)));
                            }
                            self.stack.push(v);
                        }
                        Op::STORE_DEREF => {
                            let v = self.pop();
                            let cell = self.stack[base + code.nlocals() + arg];
                            if let Obj::Cell(slot) = self.heap.get_mut(cell) {
                                *slot = v;
                            }
                        }
                        Op::DELETE_DEREF => {
                            let cell = self.stack[base + code.nlocals() + arg];
                            if let Obj::Cell(slot) = self.heap.get_mut(cell) {
                                *slot = Value::NULL;
                            }
                        }
                        Op::LOAD_CLOSURE => {
                            let cell = self.stack[base + code.nlocals() + arg];
                            self.stack.push(cell);
                        }
                        Op::LOAD_ATTR => {
                            let obj = self.pop();
                            let v = tri!(self.load_attr_cached(code, arg, obj));
                            self.stack.push(v);
                        }
                        Op::STORE_ATTR => {
                            let obj = self.pop();
                            let v = self.pop();
                            tri!(self.store_attr_cached(code, arg, obj, v));
                        }
                        Op::LOAD_METHOD => {
                            let obj = self.pop();
                            let (method, this) = tri!(self.load_method_cached(code, arg, obj));
                            self.stack.push(method);
                            self.stack.push(this);
                        }
                        Op::LOAD_ASSERTION_ERROR => {
                            self.stack.push(self.types.assertion_error);
                        }
                        Op::CALL_FUNCTION | Op::CALL_METHOD | Op::CALL_FUNCTION_KW => {
                            let (func_index, argc, kwnames) = match op {
                                Op::CALL_FUNCTION => (self.stack.len() - arg - 1, arg, Value::NULL),
                                Op::CALL_METHOD => {
                                    let method_index = self.stack.len() - arg - 2;
                                    if self.stack[method_index].is_null() {
                                        // [NULL, callable, args]: an ordinary call of `callable`.
                                        (method_index + 1, arg, Value::NULL)
                                    } else {
                                        (method_index, arg + 1, Value::NULL)
                                    }
                                }
                                _ => {
                                    let names = self.pop();
                                    (self.stack.len() - arg - 1, arg, names)
                                }
                            };
                            let return_to = if op == Op::CALL_METHOD {
                                self.stack.len() - arg - 2
                            } else {
                                func_index
                            };
                            self.frames[frame_index].ip = ip * 2;
                            match tri!(self.call_from_stack(func_index, argc, kwnames, return_to)) {
                                CallOutcome::Frame => {
                                    safe_point!();
                                    continue 'frames;
                                }
                                CallOutcome::Value(v) => {
                                    self.stack.truncate(return_to);
                                    self.stack.push(v);
                                }
                            }
                        }
                        Op::CALL_FUNCTION_EX => {
                            let kwargs = if arg & 1 != 0 {
                                self.pop()
                            } else {
                                Value::NULL
                            };
                            let args = self.pop();
                            let func = self.pop();
                            self.frames[frame_index].ip = ip * 2;
                            let v = tri!(
                                rooted!([func, args, kwargs] self.call_ex(func, args, kwargs))
                            );
                            self.stack.push(v);
                        }
                        Op::MAKE_FUNCTION if arg & 0x04 != 0 => {
                            // Kept out of the loop: annotations are rare, registers are not.
                            let globals = self.frames[frame_index].globals;
                            let f = tri!(self.make_annotated_function(arg, globals));
                            self.stack.push(f);
                        }
                        Op::MAKE_FUNCTION => {
                            let qualname = self.pop();
                            let code_val = self.pop();
                            let globals = self.frames[frame_index].globals;
                            let closure = if arg & 0x08 != 0 {
                                self.pop()
                            } else {
                                Value::NULL
                            };
                            let kwdefaults = if arg & 0x02 != 0 {
                                self.pop()
                            } else {
                                Value::NULL
                            };
                            let defaults = if arg & 0x01 != 0 {
                                self.pop()
                            } else {
                                Value::NULL
                            };
                            let f = tri!(self.make_function(
                                code_val, qualname, globals, defaults, kwdefaults, closure
                            ));
                            self.stack.push(f);
                        }
                        Op::RETURN_VALUE => {
                            let v = self.pop();
                            match tri!(self.return_from_frame(v)) {
                                Some(v) => return Ok(v),
                                None => continue 'frames,
                            }
                        }
                        Op::YIELD_VALUE => {
                            let v = self.pop();
                            self.frames[frame_index].ip = ip * 2;
                            self.suspend_generator();
                            return Ok(v);
                        }
                        Op::YIELD_FROM => {
                            let sent = self.pop();
                            let iterator = self.top();
                            self.frames[frame_index].ip = ip * 2;
                            match tri!(self.delegate_send(iterator, sent)) {
                                super::generator::Delegated::Yielded(v) => {
                                    // Re-execute YIELD_FROM on resume, with the sent value pushed.
                                    self.frames[frame_index].ip = (ip - 1) * 2;
                                    self.suspend_generator();
                                    return Ok(v);
                                }
                                super::generator::Delegated::Returned(v) => {
                                    self.pop();
                                    self.stack.push(v);
                                }
                            }
                        }
                        Op::GET_ITER => {
                            let v = self.pop();
                            let it = tri!(self.get_iter(v));
                            self.stack.push(it);
                        }
                        Op::GET_YIELD_FROM_ITER => {
                            let v = self.pop();
                            let it = if matches!(self.heap_obj(v), Some(Obj::Generator(_))) {
                                v
                            } else {
                                tri!(self.get_iter(v))
                            };
                            self.stack.push(it);
                        }
                        Op::FOR_ITER => {
                            let it = self.top();
                            self.frames[frame_index].ip = ip * 2;
                            match tri!(self.iter_next(it)) {
                                Some(v) => self.stack.push(v),
                                None => {
                                    self.stack.pop();
                                    ip = arg;
                                }
                            }
                        }
                        Op::JUMP_ABSOLUTE => {
                            let target = arg;
                            if target < ip {
                                safe_point!();
                            }
                            ip = target;
                        }
                        Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                            let v = self.pop();
                            let truth = if v == Value::TRUE {
                                true
                            } else if v == Value::FALSE {
                                false
                            } else {
                                tri!(self.is_true(v))
                            };
                            if truth == (op == Op::POP_JUMP_IF_TRUE) {
                                let target = arg;
                                if target < ip {
                                    safe_point!();
                                }
                                ip = target;
                            }
                        }
                        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                            let v = self.top();
                            let truth = tri!(self.is_true(v));
                            if truth == (op == Op::JUMP_IF_TRUE_OR_POP) {
                                ip = arg;
                            } else {
                                self.stack.pop();
                            }
                        }
                        Op::BUILD_TUPLE | Op::BUILD_LIST => {
                            let start = self.stack.len() - arg;
                            let items: Vec<Value> = self.stack[start..].to_vec();
                            let v = if op == Op::BUILD_TUPLE {
                                tri!(self.new_tuple(items))
                            } else {
                                tri!(self.new_list(items))
                            };
                            self.stack.truncate(start);
                            self.stack.push(v);
                        }
                        Op::BUILD_SET
                        | Op::BUILD_MAP
                        | Op::BUILD_STRING
                        | Op::SET_ADD
                        | Op::MAP_ADD
                        | Op::SET_UPDATE
                        | Op::DICT_UPDATE
                        | Op::DICT_MERGE
                        | Op::LIST_TO_TUPLE
                        | Op::UNPACK_EX
                        | Op::IMPORT_STAR
                        | Op::PRINT_EXPR
                        | Op::DELETE_SUBSCR
                        | Op::DELETE_NAME
                        | Op::DELETE_GLOBAL
                        | Op::DELETE_ATTR
                        | Op::LOAD_BUILD_CLASS
                        | Op::IMPORT_NAME
                        | Op::IMPORT_FROM
                        | Op::RAISE_VARARGS => {
                            self.frames[frame_index].ip = ip * 2;
                            tri!(self.execute_rare(op, arg));
                        }
                        Op::LIST_APPEND => {
                            let v = self.pop();
                            let list = self.peek(arg - 1);
                            tri!(self.list_append_collecting(list, v));
                        }
                        Op::LIST_EXTEND => {
                            let iterable = self.pop();
                            let list = self.peek(arg - 1);
                            tri!(rooted!([iterable] self.display_extend(list, iterable)));
                        }
                        Op::UNPACK_SEQUENCE => {
                            let seq = self.pop();
                            tri!(self.unpack_sequence(seq, arg, None));
                        }
                        Op::FORMAT_VALUE => {
                            let spec = if arg & 0x04 != 0 {
                                self.pop()
                            } else {
                                Value::NULL
                            };
                            let v = self.pop();
                            // A computed spec (`f"{x:{width}}"`) is held while `x`'s methods run.
                            let text = if spec.is_null() {
                                tri!(self.format_value(v, (arg & 0x03) as u8, spec))
                            } else {
                                tri!(
                                    rooted!([spec, v] self.format_value(v, (arg & 0x03) as u8, spec))
                                )
                            };
                            self.stack.push(text);
                        }
                        Op::RERAISE => {
                            // E stays on the stack: the handler block that catches it may have
                            // recorded a depth that includes it (see opcode.rs).
                            let exception = self.top();
                            self.frames[frame_index].ip = ip * 2;
                            self.set_reraise_flag();
                            return Err(exception);
                        }
                        Op::SETUP_EXCEPT => {
                            let level = self.stack.len() - self.frames[frame_index].stack_start();
                            self.blocks.push(Block {
                                handler: arg as u32,
                                level: level as u32,
                            });
                        }
                        Op::POP_BLOCK => {
                            self.blocks.pop();
                        }
                        Op::POP_EXCEPT => {
                            self.handled = self.pop();
                        }
                        Op::CHECK_EXC_MATCH => {
                            let class = self.pop();
                            let exception = self.top();
                            let matched = tri!(self.exception_matches(exception, class));
                            self.stack.push(Value::bool(matched));
                        }
                        Op::BEFORE_WITH => {
                            let manager = self.peek(0);
                            self.frames[frame_index].ip = ip * 2;
                            // CPython's order: `__enter__`, then `__exit__` (whose absence
                            // alone says "missed __exit__ method").
                            let enter =
                                tri!(self.load_special_bound(manager, crate::qstr::q::__enter__));
                            self.stack.push(enter);
                            let exit = self.load_special_bound(manager, crate::qstr::q::__exit__);
                            let exit = tri!(exit.map_err(|e| self.missed_exit(e, manager)));
                            self.stack.pop();
                            self.stack.pop();
                            self.stack.push(exit);
                            let entered = tri!(rooted!([enter] self.call(enter, &[], &[])));
                            self.stack.push(entered);
                        }
                        Op::WITH_EXCEPT_START => {
                            let exception = self.peek(0);
                            let exit = self.peek(2);
                            let class = self.type_of(exception);
                            self.frames[frame_index].ip = ip * 2;
                            let traceback = tri!(self.traceback_of(exception));
                            let result = tri!(self.call(exit, &[class, exception, traceback], &[]));
                            self.stack.push(result);
                        }
                        // Rare: one arm, out of line, so the dispatch loop's code stays as it
                        // was (two arms cost Pystone 0.7% and nqueens 2.8% on an385).
                        Op::CHECK_EG_MATCH | Op::PREP_RERAISE_STAR => {
                            self.frames[frame_index].ip = ip * 2;
                            tri!(self.except_star_op(op));
                        }
                    }
                    break 'dispatch;
                }
            }
        }
    }

    /// After an unwind from deep recursion (a `RecursionError` or `MemoryError` caught far
    /// up), gives back most of the frame vector, which counts against the heap (at each
    /// collection: after a `MemoryError` one runs as its handler begins).
    pub(crate) fn trim_frames(&mut self) {
        let capacity = self.frames.capacity();
        if capacity > 256 && self.frames.len() * 4 < capacity {
            self.frames.shrink_to((self.frames.len() * 2).max(64));
            self.frame_room = 0;
        }
    }

    /// After a `MemoryError`, before a built-in is made on its first use (an allocation), a
    /// collection: the garbage the program let go of since must go first (`big = None` then
    /// `print(...)`). Only from the instructions that load names: the collector may run there.
    pub(crate) fn collect_before_lazy_builtin(&mut self, name: Qstr) {
        if self.heap.under_pressure()
            && self.heap.wants_collection()
            && self.dict_get_name(self.builtins, name).is_none()
        {
            self.collect_garbage();
        }
    }

    /// The NameError for a global/builtin lookup failure.
    pub fn load_global(&mut self, globals: Value, name: Qstr) -> PyResult<Value> {
        if let Some(v) = self.dict_get_name(globals, name) {
            return Ok(v);
        }
        self.collect_before_lazy_builtin(name);
        if let Some(v) = self.builtin(name)? {
            return Ok(v);
        }
        // Every module sees `__builtins__` (CPython puts it in each module's dict; here it is
        // found when nothing else has the name, costing no module a slot).
        if name == crate::qstr::q::__builtins__ {
            let modules = self.modules;
            if let Some(module) = self.dict_get_name(modules, crate::qstr::q::builtins) {
                return Ok(module);
            }
        }
        let text = alloc::format!("name '{}' is not defined", self.qstr_text(name));
        let error = self.new_exception_msg(self.types.name_error, &text);
        self.set_exception_name(error, Value::qstr(name));
        Err(error)
    }

    fn unbound_local(&mut self, name: Qstr) -> Value {
        let text = alloc::format!(
            "cannot access local variable '{}' where it is not associated with a value",
            self.qstr_text(name)
        );
        let class = self.exception_class(crate::qstr::q::UnboundLocalError);
        self.new_exception_msg(class, &text)
    }

    fn unbound_deref(&mut self, name: Qstr, is_cell: bool) -> Value {
        let text = if is_cell {
            alloc::format!(
                "cannot access local variable '{}' where it is not associated with a value",
                self.qstr_text(name)
            )
        } else {
            alloc::format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                self.qstr_text(name)
            )
        };
        let class = if is_cell {
            self.exception_class(crate::qstr::q::UnboundLocalError)
        } else {
            self.types.name_error
        };
        self.new_exception_msg(class, &text)
    }

    /// Borrow the heap object behind `v`, if it is one.
    #[inline]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn heap_obj(&self, v: Value) -> Option<&Obj> {
        if v.is_heap() {
            Some(self.heap.get(v))
        } else {
            None
        }
    }
}

/// Decodes the instruction after an `EXTENDED_ARG` prefix (and any further prefixes) at
/// `ip`: its opcode, its widened argument and the index after it. Out of line so the common
/// fetch stays short.
#[cold]
#[inline(never)]
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn extended_instruction(
    instructions: &[[u8; 2]],
    mut ip: usize,
    mut arg: usize,
) -> Option<(u8, usize, usize)> {
    loop {
        let &[opcode, next_arg] = instructions.get(ip)?;
        ip += 1;
        arg = (arg << 8) | next_arg as usize;
        if opcode != Op::EXTENDED_ARG as u8 {
            return Some((opcode, arg, ip));
        }
    }
}

/// The `Op` an opcode byte of a code object names.
#[inline(always)]
fn decode_opcode(byte: u8) -> Op {
    // SAFETY: `Op` is `repr(u8)`, and every opcode byte of a code object names an `Op`
    // (`Bytecode::new` checked them all; `instructions` comes from one).
    unsafe { core::mem::transmute::<u8, Op>(byte) }
}

/// `items[i]` with Python's negative indexes, or None when out of range.
#[inline(always)]
fn list_index(items: &[Value], i: isize) -> Option<Value> {
    let len = items.len() as isize;
    let position = if i < 0 { i + len } else { i };
    if (0..len).contains(&position) {
        Some(items[position as usize])
    } else {
        None
    }
}
