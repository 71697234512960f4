//! Generators: suspending a frame at `yield`, resuming it with `send`/`throw`/`close`, and
//! delegation with `yield from`.
//!
//! A suspended generator keeps its slots, operand stack and handler blocks in the generator
//! object. Resuming copies them back onto the value stack and runs the frame nested until it
//! yields or returns.
//!
//! Coroutines (`async def`) are generators too: `await x` is compiled as
//! `yield from $awaitable(x)` (see `awaitable`). An async generator is such a generator
//! wrapped in `_asyncgen.async_generator` (frozen Python in the library), which tells the
//! body's own yields (`$agen_value`) from those of its awaits.

use alloc::rc::Rc;
use alloc::vec::Vec;

use super::frame::{Frame, ReturnAction};
use super::{PyResult, Vm};
use crate::obj::{Code, Generator, GeneratorState, Obj};
use crate::value::Value;

/// How resuming a generator ended.
pub enum GeneratorStep {
    Yielded(Value),
    Returned(Value),
}

/// Result of `YIELD_FROM`'s send to the delegate.
pub enum Delegated {
    Yielded(Value),
    Returned(Value),
}

/// What a generator is resumed with.
#[derive(Clone, Copy)]
pub enum Resume {
    Send(Value),
    Throw(Value),
}

impl Vm {
    pub(crate) fn new_generator(
        &mut self,
        function: Value,
        code: Rc<Code>,
        code_val: Value,
        globals: Value,
        locals: Vec<Value>,
    ) -> PyResult<Value> {
        let (name, qualname) = match self.heap.get(function) {
            Obj::Function(f) => (f.name, f.qualname),
            _ => (Value::NONE, Value::NONE),
        };
        let _ = code_val;
        self.heap.note_generator();
        let coroutine = code.is_coroutine();
        let generator = self.alloc(Obj::Generator(alloc::boxed::Box::new(Generator {
            function,
            code,
            globals,
            name,
            qualname,
            saved: locals,
            blocks: Vec::new(),
            ip: 0,
            state: GeneratorState::Created,
            handled: Value::NONE,
            resumer_handled: Value::NONE,
            finalized: false,
        })))?;
        if coroutine && self.types.coroutine.is_null() {
            // The first coroutine makes its class, so that attribute lookups (which take the
            // class without making it) find a coroutine's methods, not a generator's.
            self.push_root(generator);
            let class = crate::vm::types::make_coroutine_class(self);
            self.pop_root();
            self.types.coroutine = class?;
        }
        Ok(generator)
    }

    /// `resume_generator` of a generator not suspended at a `yield`: the outcome, or None to
    /// start it. A coroutine names itself so in the errors, and one awaited to its end cannot
    /// be awaited again.
    #[inline(never)]
    fn resume_unsuspended(
        &mut self,
        generator: Value,
        state: GeneratorState,
        resume: Resume,
    ) -> Option<PyResult<GeneratorStep>> {
        let coroutine = matches!(self.heap.get(generator), Obj::Generator(g) if g.is_coroutine());
        let kind = if coroutine { "coroutine" } else { "generator" };
        match (state, resume) {
            (GeneratorState::Running, _) => Some(Err(
                self.value_error(alloc::format!("{kind} already executing"))
            )),
            (GeneratorState::Finished, Resume::Throw(exception)) => Some(Err(exception)),
            (GeneratorState::Finished, Resume::Send(_)) if coroutine => Some(Err(
                self.runtime_error("cannot reuse already awaited coroutine")
            )),
            (GeneratorState::Finished, Resume::Send(_)) => {
                Some(Ok(GeneratorStep::Returned(Value::NONE)))
            }
            (GeneratorState::Created, Resume::Send(v)) if !v.is_none() => Some(Err(self
                .type_error(alloc::format!(
                    "can't send non-None value to a just-started {kind}"
                )))),
            _ => None,
        }
    }

    /// The async generator around `body`, the generator an `async def` with `yield` made.
    pub(crate) fn new_async_generator(&mut self, body: Value) -> PyResult<Value> {
        self.push_root(body);
        let result = async_generator_part(self, "async_generator")
            .and_then(|class| self.call(class, &[body], &[]));
        self.pop_root();
        result
    }

    fn generator_state(&self, generator: Value) -> GeneratorState {
        match self.heap.get(generator) {
            Obj::Generator(g) => g.state,
            _ => GeneratorState::Finished,
        }
    }

    /// Runs the generator until its next yield or its return.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn resume_generator(
        &mut self,
        generator: Value,
        resume: Resume,
    ) -> PyResult<GeneratorStep> {
        let state = self.generator_state(generator);
        if state != GeneratorState::Suspended {
            if let Some(step) = self.resume_unsuspended(generator, state, resume) {
                return step;
            }
        }
        let caller_handled = self.handled;
        let base = self.stack.len();
        let block_base = self.blocks.len();
        let (code, globals, function, ip) = match self.heap.get_mut(generator) {
            Obj::Generator(g) => {
                g.state = GeneratorState::Running;
                self.handled = g.handled;
                g.resumer_handled = caller_handled;
                // Emptied, not taken: the buffers keep their capacity for the next
                // suspension, so a yield allocates nothing.
                self.stack.append(&mut g.saved);
                self.blocks.append(&mut g.blocks);
                (g.code.clone(), g.globals, g.function, g.ip)
            }
            _ => unreachable!("resume_generator is given generators"),
        };
        let code_val = match self.heap.get(function) {
            Obj::Function(f) => f.code,
            _ => Value::NULL,
        };
        self.ensure_caches(&code);
        self.frames.push(Frame {
            code: code.clone(),
            code_val,
            ip,
            base,
            return_to: base,
            block_base,
            globals,
            locals: Value::NULL,
            func: function,
            generator,
            instance: Value::NULL,
            on_return: ReturnAction::Push,
            entry: true,
        });
        self.yielded = false;
        let result = match resume {
            Resume::Send(v) => {
                if state == GeneratorState::Suspended {
                    self.stack.push(v);
                }
                self.run()
            }
            Resume::Throw(exception) => self.throw_into_frame(&code, ip, exception),
        };
        // The generator's handled exception stays with it; the caller gets its own back.
        let generator_handled = core::mem::replace(&mut self.handled, caller_handled);
        if let Obj::Generator(g) = self.heap.get_mut(generator) {
            g.resumer_handled = Value::NONE;
            g.handled = if g.state == GeneratorState::Suspended {
                generator_handled
            } else {
                Value::NONE
            };
        }
        match result {
            Ok(v) => {
                if core::mem::replace(&mut self.yielded, false) {
                    Ok(GeneratorStep::Yielded(v))
                } else {
                    Ok(GeneratorStep::Returned(v))
                }
            }
            Err(e) => {
                self.generator_finished(generator);
                // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
                if self.isinstance(e, self.types.stop_iteration) {
                    let error = self.runtime_error("generator raised StopIteration");
                    if let Obj::Exception(x) = self.heap.get_mut(error) {
                        x.cause = e;
                        x.suppress_context = true;
                    }
                    return Err(error);
                }
                Err(e)
            }
        }
    }

    /// Raises `exception` at the generator's suspension point (forwarding to a delegate
    /// when suspended in `yield from`), then runs on.
    fn throw_into_frame(
        &mut self,
        code: &Rc<Code>,
        ip: usize,
        exception: Value,
    ) -> PyResult<Value> {
        if code.yields_from_at(ip) {
            let delegate = *self.stack.last().unwrap_or(&Value::NULL);
            // The delegate's close() or throw() runs Python code while `exception` is held
            // here, to be raised afterwards.
            self.push_root(exception);
            let outcome = self.throw_into_delegate(delegate, exception);
            self.pop_root();
            match outcome {
                Ok(GeneratorStep::Yielded(v)) => {
                    self.suspend_generator();
                    self.yielded = true;
                    return Ok(v);
                }
                Ok(GeneratorStep::Returned(r)) => {
                    self.stack.pop();
                    self.stack.push(r);
                    if let Some(frame) = self.frames.last_mut() {
                        frame.ip = ip + 2;
                    }
                    return self.run();
                }
                Err(e) => {
                    self.stack.pop();
                    if let Some(frame) = self.frames.last_mut() {
                        frame.ip = ip + 2;
                    }
                    return self.raise_in_top_frame(e);
                }
            }
        }
        self.raise_in_top_frame(exception)
    }

    /// `throw()` into the delegate of a `yield from`: a generator's, or an iterator's own
    /// `throw()` (or `close()` for `GeneratorExit`, PEP 380).
    fn throw_into_delegate(
        &mut self,
        delegate: Value,
        exception: Value,
    ) -> PyResult<GeneratorStep> {
        let closing = self.isinstance(exception, self.types.generator_exit);
        if matches!(self.heap_obj(delegate), Some(Obj::Generator(_))) {
            if closing {
                self.close_generator(delegate)?;
                return Err(exception);
            }
            return self.resume_generator(delegate, Resume::Throw(exception));
        }
        if closing {
            // Closing: an iterator's own `close()`, if it has one (PEP 380).
            if let Some(method) = self.load_attr_optional(delegate, crate::qstr::q::close)? {
                self.call(method, &[], &[])?;
            }
            return Err(exception);
        }
        let Some(method) = self.load_attr_optional(delegate, crate::qstr::q::throw)? else {
            return Err(exception);
        };
        match self.call(method, &[exception], &[]) {
            Ok(v) => Ok(GeneratorStep::Yielded(v)),
            Err(e) if self.isinstance(e, self.types.stop_iteration) => {
                let value = self
                    .exception_attr(e, crate::qstr::q::value)
                    .unwrap_or(Value::NONE);
                Ok(GeneratorStep::Returned(value))
            }
            Err(e) => Err(e),
        }
    }

    fn raise_in_top_frame(&mut self, exception: Value) -> PyResult<Value> {
        match self.unwind(exception) {
            Ok(()) => self.run(),
            Err(e) => Err(e),
        }
    }

    /// Called at `YIELD_VALUE` (and a delegated yield): saves the top frame into its
    /// generator and pops it.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub(crate) fn suspend_generator(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if let Obj::Generator(g) = self.heap.get_mut(frame.generator) {
            // Pushed one by one (a frame's few values): `extend` over a `drain` is as fast
            // only when the inliner takes all of it in.
            for &value in self.stack.get(frame.base..).unwrap_or_default() {
                g.saved.push(value);
            }
            for &block in self.blocks.get(frame.block_base..).unwrap_or_default() {
                g.blocks.push(block);
            }
            self.stack.truncate(frame.base);
            self.blocks.truncate(frame.block_base);
            g.ip = frame.ip;
            g.state = GeneratorState::Suspended;
        } else {
            self.stack.truncate(frame.base);
            self.blocks.truncate(frame.block_base);
        }
        self.yielded = true;
    }

    pub(crate) fn generator_finished(&mut self, generator: Value) {
        if let Obj::Generator(g) = self.heap.get_mut(generator) {
            g.state = GeneratorState::Finished;
            g.saved = Vec::new();
            g.blocks = Vec::new();
        }
    }

    /// `next(generator)`.
    pub fn generator_next(&mut self, generator: Value) -> PyResult<Option<Value>> {
        match self.resume_generator(generator, Resume::Send(Value::NONE))? {
            GeneratorStep::Yielded(v) => Ok(Some(v)),
            GeneratorStep::Returned(_) => Ok(None),
        }
    }

    /// `YIELD_FROM`'s step: send `sent` to the delegate.
    pub(crate) fn delegate_send(&mut self, iterator: Value, sent: Value) -> PyResult<Delegated> {
        if matches!(self.heap_obj(iterator), Some(Obj::Generator(_))) {
            return Ok(match self.resume_generator(iterator, Resume::Send(sent))? {
                GeneratorStep::Yielded(v) => Delegated::Yielded(v),
                GeneratorStep::Returned(v) => Delegated::Returned(v),
            });
        }
        let result = if sent.is_none() {
            match self.iter_next_with_value(iterator)? {
                Ok(v) => return Ok(Delegated::Yielded(v)),
                Err(value) => return Ok(Delegated::Returned(value)),
            }
        } else {
            let send = crate::qstr::q::send;
            let method = self.load_attr(iterator, send)?;
            self.call(method, &[sent], &[])
        };
        match result {
            Ok(v) => Ok(Delegated::Yielded(v)),
            Err(e) if self.isinstance(e, self.types.stop_iteration) => {
                let value = self
                    .exception_attr(e, crate::qstr::q::value)
                    .unwrap_or(Value::NONE);
                Ok(Delegated::Returned(value))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(it)` keeping StopIteration's value: Ok(Ok(item)) or Ok(Err(return value)).
    fn iter_next_with_value(&mut self, iterator: Value) -> PyResult<Result<Value, Value>> {
        if matches!(self.heap_obj(iterator), Some(Obj::Instance(_))) {
            let class = self.type_of(iterator);
            if let Some(next) = self.class_lookup(class, crate::qstr::q::__next__) {
                return match self.call(next, &[iterator], &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.isinstance(e, self.types.stop_iteration) => Ok(Err(self
                        .exception_attr(e, crate::qstr::q::value)
                        .unwrap_or(Value::NONE))),
                    Err(e) => Err(e),
                };
            }
        }
        Ok(match self.iter_next(iterator)? {
            Some(v) => Ok(v),
            None => Err(Value::NONE),
        })
    }

    /// `generator.close()`.
    pub fn close_generator(&mut self, generator: Value) -> PyResult<()> {
        match self.generator_state(generator) {
            GeneratorState::Created | GeneratorState::Finished => {
                self.generator_finished(generator);
                return Ok(());
            }
            _ => {}
        }
        let exit = self.new_exception(self.types.generator_exit, Vec::new());
        match self.resume_generator(generator, Resume::Throw(exit)) {
            Ok(GeneratorStep::Yielded(_)) => {
                Err(self.runtime_error("generator ignored GeneratorExit"))
            }
            Ok(GeneratorStep::Returned(_)) => Ok(()),
            Err(e)
                if self.isinstance(e, self.types.generator_exit)
                    || self.isinstance(e, self.types.stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// `name` from the library's `_asyncgen` module.
fn async_generator_part(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module = vm.import_module("_asyncgen")?;
    let Ok(name) = vm.qstrs.try_intern(name) else {
        return Err(vm.memory_error());
    };
    vm.load_attr(module, name)
}

/// `$agen_value(v)`: what an async generator's `yield v` hands its wrapper.
pub fn agen_value(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[value] = args else {
        return Err(vm.type_error("$agen_value: bad arguments"));
    };
    let class = async_generator_part(vm, "_Value")?;
    let item = vm.new_tuple(alloc::vec![value])?;
    vm.call(class, &[item], &[])
}

/// `aiter(async_iterable)`.
pub fn aiter_builtin(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(alloc::format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    call_async_special(vm, args, "__aiter__", |name| {
        alloc::format!("'{name}' object is not an async iterable")
    })
}

/// `anext(async_iterator[, default])`: the awaitable of the next item (or of `default` when
/// the iterator is exhausted).
pub fn anext_builtin(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (iterator, default) = match *args {
        [iterator] => (iterator, None),
        [iterator, default] => (iterator, Some(default)),
        [] => return Err(vm.type_error("anext expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(alloc::format!(
                "anext expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    let awaitable = call_async_special(vm, &[iterator], "__anext__", |name| {
        alloc::format!("'{name}' object is not an async iterator")
    })?;
    let Some(default) = default else {
        return Ok(awaitable);
    };
    vm.push_root(awaitable);
    let result = async_generator_part(vm, "anext_default")
        .and_then(|wrap| vm.call(wrap, &[awaitable, default], &[]));
    vm.pop_root();
    result
}

/// `$awaitable(x)`, what `await x` delegates to: a coroutine (a generator here) itself, or
/// the iterator `x.__await__()` returns.
pub fn awaitable(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[value] = args else {
        return Err(vm.type_error("$awaitable: bad arguments"));
    };
    if matches!(vm.heap_obj(value), Some(Obj::Generator(_))) {
        return Ok(value);
    }
    let class = vm.type_of(value);
    let Some(method) = vm.class_lookup(class, crate::qstr::q::__await__) else {
        let name = vm.type_name(value);
        return Err(vm.type_error(alloc::format!(
            "object {name} can't be used in 'await' expression"
        )));
    };
    let iterator = vm.call(method, &[value], &[])?;
    if !vm.is_iterator(iterator) {
        let name = vm.type_name(iterator);
        return Err(vm.type_error(alloc::format!(
            "__await__() returned non-iterator of type '{name}'"
        )));
    }
    Ok(iterator)
}

/// The special method `name` of `value`'s class bound to it, or `None`.
fn bound_special(vm: &mut Vm, value: Value, name: &str) -> PyResult<Option<Value>> {
    let Ok(name) = vm.qstrs.try_intern(name) else {
        return Err(vm.memory_error());
    };
    let class = vm.type_of(value);
    match vm.class_lookup(class, name) {
        Some(method) => vm.bind_class_attr(method, value, class).map(Some),
        None => Ok(None),
    }
}

/// `$async_with(manager)`, what `async with` starts with: the bound `__aexit__` and the
/// awaitable `__aenter__()` returns, as a tuple.
pub fn async_with(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[manager] = args else {
        return Err(vm.type_error("$async_with: bad arguments"));
    };
    let enter = bound_special(vm, manager, "__aenter__")?;
    let exit = bound_special(vm, manager, "__aexit__")?;
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let name = vm.type_name(manager);
        return Err(vm.type_error(alloc::format!(
            "'{name}' object does not support the asynchronous context manager protocol"
        )));
    };
    vm.push_root(exit);
    let entered = vm.call(enter, &[], &[]);
    vm.pop_root();
    let entered = entered?;
    vm.new_tuple(alloc::vec![exit, entered])
}

/// `$aiter(iterable)`, what `async for` starts with: `iterable.__aiter__()`.
pub fn aiter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    call_async_special(vm, args, "__aiter__", |name| {
        alloc::format!("'async for' requires an object with __aiter__ method, got {name}")
    })
}

/// `$anext(iterator)`: the awaitable `iterator.__anext__()` returns.
pub fn anext(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    call_async_special(vm, args, "__anext__", |name| {
        alloc::format!(
            "'async for' received an object from __aiter__ that does not implement \
             __anext__: {name}"
        )
    })
}

/// Calls the special method `method` of the one argument, or raises the TypeError `missing`
/// words for its type's name.
fn call_async_special(
    vm: &mut Vm,
    args: &[Value],
    method: &str,
    missing: impl FnOnce(&str) -> alloc::string::String,
) -> PyResult<Value> {
    let &[value] = args else {
        return Err(vm.type_error("async for: bad arguments"));
    };
    match bound_special(vm, value, method)? {
        Some(bound) => vm.call(bound, &[], &[]),
        None => {
            let name = vm.type_name(value);
            Err(vm.type_error(missing(&name)))
        }
    }
}
