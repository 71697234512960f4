//! Calls: binding arguments to parameters, pushing frames, calling native code and classes.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::frame::{Frame, ReturnAction};
use super::in_bounds::{interpreter_bug, InBounds};
use super::run::CallOutcome;
use super::{PyResult, Vm};
use crate::compile::code::flags;
use crate::obj::{Builtin, Code, Dict, Function, Instance, Layout, Obj};
use crate::qstr::q;
use crate::value::Value;

/// Slots of `Vm::constructor_cache`: a few classes instantiated in turn stay cached.
pub const CONSTRUCTOR_CACHE_SLOTS: usize = 4;

/// A class's `__new__` and `__init__` (NULL: none) as found when `epoch` was the class epoch.
#[derive(Clone, Copy)]
pub struct ConstructorCache {
    class: Value,
    epoch: u32,
    new_method: Value,
    init: Value,
}

impl Default for ConstructorCache {
    fn default() -> Self {
        ConstructorCache {
            class: Value::NULL,
            epoch: 0,
            new_method: Value::NULL,
            init: Value::NULL,
        }
    }
}

/// What a call's callee turned out to be, decided before touching the stack.
enum Callee {
    Python(Value),
    Native(&'static Builtin),
    Bound(Value, Value),
    Class(Value),
    Other,
}

impl Vm {
    #[inline(always)]
    fn classify(&self, func: Value) -> Callee {
        if !func.is_heap() {
            return Callee::Other;
        }
        match self.heap.get(func) {
            Obj::Function(_) => Callee::Python(func),
            Obj::Builtin(builtin) => Callee::Native(builtin),
            Obj::BoundMethod(pair) => Callee::Bound(pair[0], pair[1]),
            Obj::Class(_) => Callee::Class(func),
            _ => Callee::Other,
        }
    }

    /// Calls `stack[func_index]` with the `argc` values above it as arguments (the last
    /// `len(kwnames)` of them by keyword). The stack above `return_to` belongs to the call.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn call_from_stack(
        &mut self,
        func_index: usize,
        argc: usize,
        kwnames: Value,
        return_to: usize,
    ) -> PyResult<CallOutcome> {
        let func = *self.stack.at(func_index);
        // Python functions (plain or bound) meet at one inlined frame push: the common call.
        let (function, start, argc) = match self.classify(func) {
            Callee::Python(function) => (function, func_index + 1, argc),
            Callee::Bound(this, function) => {
                // `self` takes the bound method's slot, just below the arguments.
                self.stack[func_index] = this;
                match self.classify(function) {
                    Callee::Python(_) => {}
                    Callee::Native(builtin) => {
                        // `self` and the arguments are already in place.
                        let result =
                            self.call_native_from_stack(builtin, func_index, argc + 1, kwnames)?;
                        return Ok(CallOutcome::Value(result));
                    }
                    _ => {
                        let result =
                            self.call_with_stack_args(function, func_index, argc + 1, kwnames)?;
                        return Ok(CallOutcome::Value(result));
                    }
                }
                (function, func_index, argc + 1)
            }
            Callee::Native(builtin) => {
                let result = self.call_native_from_stack(builtin, func_index + 1, argc, kwnames)?;
                return Ok(CallOutcome::Value(result));
            }
            Callee::Class(class) => {
                return self.call_class_from_stack(class, func_index, argc, kwnames, return_to);
            }
            Callee::Other => {
                let result = self.call_with_stack_args(func, func_index + 1, argc, kwnames)?;
                return Ok(CallOutcome::Value(result));
            }
        };
        self.enter_python_frame(
            function,
            start,
            argc,
            kwnames,
            return_to,
            ReturnAction::Push,
            Value::NULL,
        )
    }

    /// Splits stack arguments into positional values and keyword pairs.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn collect_args(
        &self,
        start: usize,
        argc: usize,
        kwnames: Value,
    ) -> (Vec<Value>, Vec<(Value, Value)>) {
        let all = &self.stack[start..start + argc];
        let names: &[Value] = match self.heap_obj(kwnames) {
            Some(Obj::Tuple(names)) => names,
            _ => &[],
        };
        let positional = argc - names.len();
        let args = all[..positional].to_vec();
        let kwargs = names
            .iter()
            .zip(&all[positional..])
            .map(|(name, value)| (*name, *value))
            .collect();
        (args, kwargs)
    }

    /// `collect_args` with `first` before the positional values (`cls` for `__new__`, a
    /// constructor or `type.__new__`).
    fn collect_args_after(
        &self,
        first: Value,
        start: usize,
        argc: usize,
        kwnames: Value,
    ) -> (Vec<Value>, Vec<(Value, Value)>) {
        let (args, kwargs) = self.collect_args(start, argc, kwnames);
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(first);
        full.extend_from_slice(&args);
        (full, kwargs)
    }

    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn call_native_from_stack(
        &mut self,
        builtin: &'static Builtin,
        start: usize,
        argc: usize,
        kwnames: Value,
    ) -> PyResult<Value> {
        if kwnames.is_null() {
            if argc > builtin.positional_limit() {
                let this = *self.stack.at(start);
                return Err(self.too_many_arguments_error(builtin, this, argc));
            }
            // The arguments are copied off the stack (the callee may push on it); one or two
            // by hand, as a `memcpy` call costs more than the copy.
            match argc {
                1 => return (builtin.func)(self, &[*self.stack.at(start)], &[]),
                2 => {
                    let args = [*self.stack.at(start), *self.stack.at(start + 1)];
                    return (builtin.func)(self, &args, &[]);
                }
                0..=8 => {
                    let mut buffer = [Value::NULL; 8];
                    buffer[..argc].copy_from_slice(&self.stack[start..start + argc]);
                    return (builtin.func)(self, &buffer[..argc], &[]);
                }
                _ => {}
            }
        }
        let (args, kwargs) = self.collect_args(start, argc, kwnames);
        self.check_native_arguments(builtin, &args, &kwargs)?;
        (builtin.func)(self, &args, &kwargs)
    }

    /// A general call of any callable with arguments on the stack (nested run if Python).
    fn call_with_stack_args(
        &mut self,
        func: Value,
        start: usize,
        argc: usize,
        kwnames: Value,
    ) -> PyResult<Value> {
        let (args, kwargs) = self.collect_args(start, argc, kwnames);
        self.call(func, &args, &kwargs)
    }

    /// `obj.name(*args)` from native code: the attribute as Python finds it (an instance's
    /// own included), then called. `obj` must be held by the caller.
    pub fn call_method(
        &mut self,
        obj: Value,
        name: crate::qstr::Qstr,
        args: &[Value],
    ) -> PyResult<Value> {
        let method = self.load_attr(obj, name)?;
        self.call(method, args, &[])
    }

    /// Calls `func` from native code and returns its result (running Python code nested).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn call(
        &mut self,
        func: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        match self.classify(func) {
            Callee::Native(builtin) => return self.call_native_nested(builtin, args, kwargs),
            Callee::Other => return self.call_other(func, args, kwargs),
            _ => {}
        }
        self.call_on_stack::<false>(func, args, kwargs)
    }

    /// A native function called from native code: counted with nested runs, so native code
    /// that keeps calling itself (`__repr__ = str.__str__` in a str subclass) raises
    /// `RecursionError` instead of overrunning the machine stack.
    fn call_native_nested(
        &mut self,
        builtin: &'static Builtin,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        if self.native_nesting_exhausted() {
            return Err(self.recursion_error());
        }
        self.check_native_arguments(builtin, args, kwargs)?;
        self.nested_runs += 1;
        // The arguments live in the caller's vector, where the collector cannot see them, and
        // the function may call Python (`print` calling `__str__`): they are held meanwhile.
        let depth = self.roots.len();
        self.roots.extend_from_slice(args);
        self.roots.extend(kwargs.iter().map(|&(_, value)| value));
        let result = (builtin.func)(self, args, kwargs);
        self.release_roots(depth);
        self.nested_runs -= 1;
        result
    }

    /// Room for one more frame: `RecursionError` at the recursion limit; else, when the frame
    /// vector is full, more room taken from the heap's budget (with a high recursion limit,
    /// `sys.setrecursionlimit(10**9)`, endless recursion ends in `MemoryError`, not in an
    /// allocation failing outside the heap: an abort on the host, a fault on a board).
    #[cold]
    #[inline(never)]
    pub(crate) fn make_frame_room(&mut self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        if self.frames.len() == self.frames.capacity() {
            let more = self.frames.capacity().max(8);
            self.reserve(more * core::mem::size_of::<Frame>())?;
            if self.frames.try_reserve_exact(more).is_err() {
                return Err(self.memory_error());
            }
        }
        self.frame_room = self.recursion_limit.min(self.frames.capacity());
        Ok(())
    }

    /// The arguments a native function refuses before it runs: keywords when it reads none,
    /// more positional ones than it takes (the call from the stack without keywords checks
    /// the count itself, on its fast path).
    #[inline(always)]
    fn check_native_arguments(
        &mut self,
        builtin: &'static Builtin,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<()> {
        if !kwargs.is_empty() && !builtin.keywords() {
            return Err(self.no_keywords_error(builtin));
        }
        if args.len() > builtin.positional_limit() {
            return Err(self.too_many_arguments_error(builtin, args[0], args.len()));
        }
        Ok(())
    }

    /// `f() takes no keyword arguments`, naming `f` as CPython does (`len`, `dict.get`,
    /// `math.sqrt`).
    #[cold]
    #[inline(never)]
    fn no_keywords_error(&mut self, builtin: &'static Builtin) -> Value {
        let name = self.builtin_qualified_name(builtin);
        self.type_error(format!("{name}() takes no keyword arguments"))
    }

    /// `list.clear() takes no arguments (1 given)`: the TypeError of a native function given
    /// `given` positional arguments (self, `first`, included) where it takes fewer.
    /// A method is named after its receiver's class, as CPython names bound methods
    /// (`L().clear(0)`: `L.clear()`).
    #[cold]
    #[inline(never)]
    fn too_many_arguments_error(
        &mut self,
        builtin: &'static Builtin,
        first: Value,
        given: usize,
    ) -> Value {
        let limit = builtin.positional_limit();
        let name = match limit {
            0 => self.builtin_qualified_name(builtin),
            _ => format!("{}.{}", self.type_name(first), builtin.name()),
        };
        let given = given - limit;
        self.type_error(format!("{name}() takes no arguments ({given} given)"))
    }

    /// A native function's name with the class or module that holds it in front, found by
    /// looking through the built-in classes' method tables and the loaded modules (for
    /// messages only: it is slow).
    pub fn builtin_qualified_name(&self, builtin: &'static Builtin) -> String {
        let name = builtin.name();
        if name.contains('.') {
            return String::from(name);
        }
        let same = |value: Value| matches!(self.heap_obj(value), Some(Obj::Builtin(b)) if core::ptr::eq(*b, builtin));
        let owns = |class: &crate::obj::Class| {
            let holds = |table: &[Builtin]| table.iter().any(|b| core::ptr::eq(b, builtin));
            holds(class.methods)
                || holds(self.library.methods_of(class.name))
                || class.dict.iter().any(|entry| same(entry.value))
        };
        for class in self.types.all() {
            if let Some(Obj::Class(c)) = self.heap_obj(class) {
                if owns(c) {
                    return format!("{}.{name}", self.qstr_text(c.name));
                }
            }
        }
        if let Some(Obj::Dict(modules)) = self.heap_obj(self.modules) {
            for module in modules.iter() {
                let Some(Obj::Module(module)) = self.heap_obj(module.value) else {
                    continue;
                };
                let Some(Obj::Dict(dict)) = self.heap_obj(module.dict) else {
                    continue;
                };
                let module_name = self.str_text(module.name).unwrap_or("?");
                for entry in dict.iter() {
                    // Under its own name: `f = time.time` in `__main__` does not own it.
                    if same(entry.value) && self.str_text(entry.key) == Some(name) {
                        return match module_name {
                            "builtins" => String::from(name),
                            _ => format!("{module_name}.{name}"),
                        };
                    }
                    if let Some(Obj::Class(c)) = self.heap_obj(entry.value) {
                        if owns(c) {
                            return format!("{}.{name}", self.qstr_text(c.name));
                        }
                    }
                }
            }
        }
        String::from(name)
    }

    /// `type.__call__(class, *args, **kwargs)`: makes an instance as calling the class does,
    /// but never through the class's metaclass `__call__` (which is what calls this).
    pub fn instantiate(
        &mut self,
        class: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        self.call_on_stack::<true>(class, args, kwargs)
    }

    /// Pushes `func` and the arguments, calls (or, for `INSTANTIATE`, instantiates the class
    /// `func`), and runs a pushed frame to its end.
    #[inline(always)]
    fn call_on_stack<const INSTANTIATE: bool>(
        &mut self,
        func: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let return_to = self.stack.len();
        self.stack.push(func);
        self.stack.extend_from_slice(args);
        let kwnames = if kwargs.is_empty() {
            Value::NULL
        } else {
            for (_, value) in kwargs {
                self.stack.push(*value);
            }
            let names: Vec<Value> = kwargs.iter().map(|(name, _)| *name).collect();
            match self.new_tuple(names) {
                Ok(t) => t,
                Err(e) => {
                    self.stack.truncate(return_to);
                    return Err(e);
                }
            }
        };
        if !kwnames.is_null() {
            self.push_root(kwnames);
        }
        let argc = args.len() + kwargs.len();
        let outcome = if INSTANTIATE {
            self.instantiate_from_stack(func, return_to, argc, kwnames, return_to)
        } else {
            self.call_from_stack(return_to, argc, kwnames, return_to)
        };
        if !kwnames.is_null() {
            self.pop_root();
        }
        match outcome {
            Ok(CallOutcome::Value(v)) => {
                self.stack.truncate(return_to);
                Ok(v)
            }
            Ok(CallOutcome::Frame) => {
                self.frames
                    .last_mut()
                    .unwrap_or_else(|| interpreter_bug())
                    .entry = true;
                let result = self.run();
                self.stack.truncate(return_to);
                result
            }
            Err(e) => {
                self.stack.truncate(return_to);
                Err(e)
            }
        }
    }

    /// Calls an object that is not a function or class: `__call__`.
    fn call_other(
        &mut self,
        func: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        if let Some(Obj::StaticMethod(function)) = self.heap_obj(func) {
            // Callable since Python 3.10 (a helper called in its own class body). It may
            // wrap a staticmethod, which may wrap one…
            let function = *function;
            self.check_native_nesting()?;
            return self.call(function, args, kwargs);
        }
        let class = self.type_of(func);
        if let Some(method) = self.class_lookup(class, q::__call__) {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(func);
            full.extend_from_slice(args);
            return self.call(method, &full, kwargs);
        }
        let name = self.type_name(func);
        Err(self.type_error(format!("'{name}' object is not callable")))
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        let positional = self.collect_iterable_or(args, &|vm| {
            let function = vm.callable_str(func);
            let type_name = vm.type_name(args);
            format!("{function} argument after * must be an iterable, not {type_name}")
        })?;
        let mut keywords = Vec::new();
        if !kwargs.is_null() {
            if let Some(Obj::Dict(dict)) = self.heap_obj(kwargs) {
                for entry in dict.iter() {
                    keywords.push((entry.key, entry.value));
                }
            } else {
                let pairs = self.mapping_items(kwargs)?;
                keywords.extend(pairs);
            }
            for (key, _) in &keywords {
                if !self.is_str(*key) {
                    return Err(self.type_error("keywords must be strings"));
                }
            }
        }
        self.push_root(args);
        self.push_root(kwargs);
        let result = self.call(func, &positional, &keywords);
        self.pop_root();
        self.pop_root();
        result
    }

    /// Binds arguments at `stack[start..start+argc]` to `function`'s parameters and pushes
    /// its frame (or, for a generator function, returns the new generator).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub(crate) fn push_python_frame(
        &mut self,
        function: Value,
        start: usize,
        argc: usize,
        kwnames: Value,
        return_to: usize,
        on_return: ReturnAction,
        instance: Value,
    ) -> PyResult<CallOutcome> {
        self.enter_python_frame(
            function, start, argc, kwnames, return_to, on_return, instance,
        )
    }

    /// `push_python_frame`, inlined into `call_from_stack` (the hot caller).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn enter_python_frame(
        &mut self,
        function: Value,
        start: usize,
        argc: usize,
        kwnames: Value,
        return_to: usize,
        on_return: ReturnAction,
        instance: Value,
    ) -> PyResult<CallOutcome> {
        // One comparison for the recursion limit and the frames' room (see `frame_room`).
        if self.frames.len() >= self.frame_room {
            self.make_frame_room()?;
        }
        let (code, code_val, globals, closure) = match self.heap.get(function) {
            Obj::Function(f) => (f.code_ref.clone(), f.code, f.globals, f.closure),
            _ => interpreter_bug(),
        };
        let slots = code.frame_slots();
        // (Never a generator: the loader sets SIMPLE_ARGS only for plain functions.)
        if code.flags & flags::SIMPLE_ARGS != 0
            && kwnames.is_null()
            && argc == code.argcount as usize
        {
            // Fast path: the arguments already are the first locals. The other slots are
            // few: one capacity check, then plain stores (beats `resize`'s out-of-line fill).
            self.stack.truncate(start + argc);
            self.stack.extend(core::iter::repeat_n(
                Value::NULL,
                slots.saturating_sub(argc),
            ));
        } else {
            let locals = self.bind_arguments(function, &code, start, argc, kwnames, closure)?;
            self.stack.truncate(start);
            if code.flags & flags::GENERATOR != 0 {
                let is_async = code.flags & flags::ASYNC_GENERATOR != 0;
                let mut generator =
                    self.new_generator(function, code, code_val, globals, locals)?;
                if is_async {
                    generator = self.new_async_generator(generator)?;
                }
                return Ok(CallOutcome::Value(generator));
            }
            self.stack.extend_from_slice(&locals);
        }
        let block_base = self.blocks.len();
        self.ensure_caches(&code);
        self.frames.push(Frame {
            code,
            code_val,
            ip: 0,
            base: start,
            return_to,
            block_base,
            globals,
            locals: Value::NULL,
            func: function,
            generator: Value::NULL,
            instance,
            on_return,
            entry: false,
        });
        Ok(CallOutcome::Frame)
    }

    /// The general binding of call arguments to parameters: returns the initial slots.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn bind_arguments(
        &mut self,
        function: Value,
        code: &Rc<Code>,
        start: usize,
        argc: usize,
        kwnames: Value,
        closure: Value,
    ) -> PyResult<Vec<Value>> {
        let (args, kwargs) = self.collect_args(start, argc, kwnames);
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let mut slots = alloc::vec![Value::NULL; code.frame_slots()];
        let name = self.function_name(function);

        // Positional arguments.
        let taken = args.len().min(argcount);
        slots[..taken].copy_from_slice(&args[..taken]);
        let varargs_slot = argcount + kwonly;
        if args.len() > argcount {
            if has_varargs {
                slots[varargs_slot] = self.new_tuple(args[argcount..].to_vec())?;
            } else {
                let (defaults_len, _) = self.function_defaults(function);
                let expected = if defaults_len > 0 {
                    format!("from {} to {}", argcount - defaults_len, argcount)
                } else {
                    format!("{argcount}")
                };
                let given = args.len();
                let was = if given == 1 { "was" } else { "were" };
                return Err(self.type_error(format!(
                    "{name}() takes {expected} positional argument{} but {given} {was} given",
                    crate::obj::plural(argcount)
                )));
            }
        } else if has_varargs {
            *slots.at_mut(varargs_slot) = self.types.empty_tuple;
        }

        // Keyword arguments.
        let mut varkw = Value::NULL;
        if has_varkw {
            varkw = self.new_dict()?;
            self.push_root(varkw);
            let varkw_slot = argcount + kwonly + has_varargs as usize;
            *slots.at_mut(varkw_slot) = varkw;
        }
        let mut posonly_as_keyword: Vec<String> = Vec::new();
        for (key, value) in &kwargs {
            let key_text = String::from(self.str_text(*key).unwrap_or(""));
            let position = code.varnames()[..argcount + kwonly]
                .iter()
                .position(|&n| self.qstr_text(n) == key_text);
            match position {
                Some(i) if i >= posonly => {
                    if !slots.at(i).is_null() {
                        if has_varkw {
                            self.pop_root();
                        }
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{key_text}'"
                        )));
                    }
                    slots[i] = *value;
                }
                _ if has_varkw => {
                    self.dict_set_item(varkw, *key, *value)?;
                }
                Some(_) => posonly_as_keyword.push(key_text),
                None => {
                    return Err(self.type_error(format!(
                        "{name}() got an unexpected keyword argument '{key_text}'"
                    )));
                }
            }
        }
        if has_varkw {
            self.pop_root();
        }
        if !posonly_as_keyword.is_empty() {
            return Err(self.type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_keyword.join(", ")
            )));
        }

        // Defaults for missing positional parameters.
        if args.len() < argcount {
            let (defaults_len, defaults) = self.function_defaults(function);
            let first_default = argcount - defaults_len;
            let mut missing = Vec::new();
            for i in args.len()..argcount {
                if slots.at(i).is_null() {
                    if i >= first_default {
                        *slots.at_mut(i) = *defaults.at(i - first_default);
                    } else {
                        missing.push(*code.varnames().at(i));
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(&name, &missing, "positional"));
            }
        }
        // Keyword-only parameters.
        if kwonly > 0 {
            let kwdefaults = match self.heap.get(function) {
                Obj::Function(f) => f.kwdefaults,
                _ => Value::NULL,
            };
            let mut missing = Vec::new();
            for (slot, &param) in slots[argcount..argcount + kwonly]
                .iter_mut()
                .zip(&code.varnames()[argcount..argcount + kwonly])
            {
                if slot.is_null() {
                    let default = if kwdefaults.is_null() {
                        None
                    } else {
                        self.dict_get_name(kwdefaults, param)
                    };
                    match default {
                        Some(v) => *slot = v,
                        None => missing.push(param),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(&name, &missing, "keyword-only"));
            }
        }

        // Cells and free variables.
        let nlocals = code.nlocals();
        for i in 0..code.ncells as usize {
            *slots.at_mut(nlocals + i) = self.alloc(Obj::Cell(Value::NULL))?;
        }
        if code.nfrees > 0 {
            if let Some(Obj::Tuple(cells)) = self.heap_obj(closure) {
                let first = nlocals + code.ncells as usize;
                for (i, cell) in cells.iter().enumerate().take(code.nfrees as usize) {
                    *slots.at_mut(first + i) = *cell;
                }
            }
        }
        Ok(slots)
    }

    fn missing_arguments(
        &mut self,
        name: &str,
        missing: &[crate::qstr::Qstr],
        kind: &str,
    ) -> Value {
        let names: Vec<String> = missing
            .iter()
            .map(|&n| format!("'{}'", self.qstr_text(n)))
            .collect();
        let listed = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        self.type_error(format!(
            "{name}() missing {} required {kind} argument{}: {listed}",
            missing.len(),
            crate::obj::plural(missing.len())
        ))
    }

    fn function_defaults(&self, function: Value) -> (usize, Vec<Value>) {
        if let Obj::Function(f) = self.heap.get(function) {
            if let Some(Obj::Tuple(items)) = self.heap_obj(f.defaults) {
                return (items.len(), items.to_vec());
            }
        }
        (0, Vec::new())
    }

    pub(crate) fn function_name(&self, function: Value) -> String {
        match self.heap_obj(function) {
            Some(Obj::Function(f)) => String::from(self.str_text(f.qualname).unwrap_or("?")),
            _ => String::from("?"),
        }
    }

    /// `MAKE_FUNCTION`.
    /// `MAKE_FUNCTION` with the annotations flag (0x04): the same stack layout plus a dict of
    /// annotations under the closure, stored as the function's `__annotations__`.
    #[cold]
    #[inline(never)]
    pub(crate) fn make_annotated_function(
        &mut self,
        flags: usize,
        globals: Value,
    ) -> PyResult<Value> {
        let qualname = self.stack.pop().unwrap_or(Value::NULL);
        let code = self.stack.pop().unwrap_or(Value::NULL);
        let closure = if flags & 0x08 != 0 {
            self.stack.pop().unwrap_or(Value::NULL)
        } else {
            Value::NULL
        };
        let annotations = self.stack.pop().unwrap_or(Value::NULL);
        let kwdefaults = if flags & 0x02 != 0 {
            self.stack.pop().unwrap_or(Value::NULL)
        } else {
            Value::NULL
        };
        let defaults = if flags & 0x01 != 0 {
            self.stack.pop().unwrap_or(Value::NULL)
        } else {
            Value::NULL
        };
        // Nothing here collects, so the popped values stay valid until stored.
        let function =
            self.make_function(code, qualname, globals, defaults, kwdefaults, closure)?;
        self.push_root(function);
        let stored = self.store_attr(function, crate::qstr::q::__annotations__, annotations);
        self.pop_root();
        stored.map(|()| function)
    }

    pub fn make_function(
        &mut self,
        code_val: Value,
        qualname: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let Some(Obj::Code(code)) = self.heap_obj(code_val) else {
            return Err(self.type_error("MAKE_FUNCTION needs a code object"));
        };
        let code_ref = code.clone();
        let name = Value::qstr(code_ref.name);
        let module = self
            .dict_get_name(globals, q::__name__)
            .unwrap_or(Value::NONE);
        let doc = match code_ref.consts.first() {
            // Function code keeps its docstring (or None) in consts[0].
            Some(&first)
                if code_ref.flags & (flags::MODULE | flags::CLASS_BODY) == 0
                    && self.is_str(first) =>
            {
                first
            }
            _ => Value::NONE,
        };
        self.alloc(Obj::Function(Box::new(Function {
            code: code_val,
            code_ref,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            attrs: Value::NULL,
            module,
            doc,
        })))
    }

    /// A call of a class: its metaclass's `__call__` if it has one, else make an instance.
    fn call_class_from_stack(
        &mut self,
        class: Value,
        func_index: usize,
        argc: usize,
        kwnames: Value,
        return_to: usize,
    ) -> PyResult<CallOutcome> {
        let metaclass = match self.heap.get(class) {
            Obj::Class(c) => c.metaclass,
            _ => Value::NULL,
        };
        if !metaclass.is_null() {
            if let Some(call) = self.class_lookup_override(metaclass, q::__call__) {
                // `__call__(cls, *args)`: the class's slot is the first argument.
                let result = self.call_with_stack_args(call, func_index, argc + 1, kwnames)?;
                return Ok(CallOutcome::Value(result));
            }
        }
        self.instantiate_from_stack(class, func_index, argc, kwnames, return_to)
    }

    /// Makes an instance of `class` (`__new__`, then `__init__`) from the call on the stack.
    fn instantiate_from_stack(
        &mut self,
        class: Value,
        func_index: usize,
        argc: usize,
        kwnames: Value,
        return_to: usize,
    ) -> PyResult<CallOutcome> {
        let (layout, constructor, is_builtin) = match self.heap.get(class) {
            Obj::Class(c) => (
                c.layout,
                c.constructor,
                c.flags & crate::obj::class_flags::BUILTIN != 0,
            ),
            _ => interpreter_bug(),
        };
        if is_builtin && layout != Layout::Exception {
            if class == self.types.type_ && argc == 1 && kwnames.is_null() {
                let v = *self.stack.at(func_index + 1);
                return Ok(CallOutcome::Value(self.class_of(v)?));
            }
            let Some(constructor) = constructor else {
                let name = self.class_name(class);
                return Err(self.type_error(format!("cannot create '{name}' instances")));
            };
            if !kwnames.is_null() && self.takes_no_keywords(class) {
                let name = self.class_name(class);
                return Err(self.type_error(format!("{name}() takes no keyword arguments")));
            }
            let (full, kwargs) = self.collect_args_after(class, func_index + 1, argc, kwnames);
            let result = constructor(self, &full, &kwargs)?;
            return Ok(CallOutcome::Value(result));
        }

        // User class: __new__ (if overridden), then __init__.
        let new_method = self.constructor_methods(class).0;
        let custom_new = new_method.filter(|&m| !matches!(self.heap_obj(m), Some(Obj::Builtin(_))));
        let instance = if let Some(new_method) = custom_new {
            let (full, kwargs) = self.collect_args_after(class, func_index + 1, argc, kwnames);
            let new_function = match self.heap_obj(new_method) {
                Some(Obj::StaticMethod(f)) => *f,
                _ => new_method,
            };
            let instance = self.call(new_function, &full, &kwargs)?;
            if !self.isinstance(instance, class) {
                return Ok(CallOutcome::Value(instance));
            }
            instance
        } else {
            self.new_instance(class, layout, func_index + 1, argc, kwnames)?
        };

        // Looked up again after `__new__` ran (it may have changed the class), on the
        // instance's own class: a `__new__` may return an instance of a subclass, whose
        // `__init__` runs (as CPython's `type.__call__`).
        let init_class = if custom_new.is_some() {
            self.type_of(instance)
        } else {
            class
        };
        let init = self.constructor_methods(init_class).1;
        match init.map(|f| (f, self.classify(f))) {
            Some((init, Callee::Python(_))) => {
                // The instance takes the class's slot and becomes `self`.
                *self.stack.at_mut(func_index) = instance;
                self.push_python_frame(
                    init,
                    func_index,
                    argc + 1,
                    kwnames,
                    return_to,
                    ReturnAction::Instance,
                    instance,
                )
            }
            Some((init, Callee::Native(builtin))) => {
                // `object.__init__` with arguments no `__new__` took.
                let bare = builtin.name() == "__init__" && custom_new.is_none();
                if bare && layout == Layout::Object && (argc > 0 || !kwnames.is_null()) {
                    let name = self.class_name(class);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                if builtin.name() != "__init__"
                    || layout == Layout::Exception
                    || custom_new.is_some()
                {
                    *self.stack.at_mut(func_index) = instance;
                    let _ = init;
                    self.call_native_from_stack(builtin, func_index, argc + 1, kwnames)?;
                }
                Ok(CallOutcome::Value(instance))
            }
            Some((init, _)) => {
                self.call_other_init(init, instance, class, func_index, argc, kwnames)
            }
            None => Ok(CallOutcome::Value(instance)),
        }
    }

    /// A built-in class whose constructor takes positional arguments only.
    #[cold]
    fn takes_no_keywords(&self, class: Value) -> bool {
        let t = &self.types;
        [
            t.float,
            t.list,
            t.tuple,
            t.set,
            t.frozenset,
            t.range,
            t.bool,
            t.slice,
            t.reversed,
            t.map,
            t.filter,
        ]
        .contains(&class)
    }

    /// An `__init__` that is neither a Python nor a native function (a callable instance, a
    /// staticmethod, a classmethod…): bound by the descriptor protocol as CPython does, so a
    /// callable without `__get__` gets no `self`; a result other than None is a TypeError.
    #[cold]
    #[inline(never)]
    fn call_other_init(
        &mut self,
        init: Value,
        instance: Value,
        class: Value,
        func_index: usize,
        argc: usize,
        kwnames: Value,
    ) -> PyResult<CallOutcome> {
        // The class's slot holds the instance (rooted) while `__init__` runs.
        *self.stack.at_mut(func_index) = instance;
        let bound = self.bind_class_attr(init, instance, class)?;
        self.push_root(bound);
        let result = self.call_with_stack_args(bound, func_index + 1, argc, kwnames);
        self.pop_root();
        let result = result?;
        if !result.is_none() {
            return Err(self.init_result_error(result));
        }
        Ok(CallOutcome::Value(instance))
    }

    /// `class_lookup` of `__new__` and `__init__`, remembered per class in a few slots until
    /// any class changes (`class_epoch`; the values stay reachable through the class dicts
    /// meanwhile).
    fn constructor_methods(&mut self, class: Value) -> (Option<Value>, Option<Value>) {
        let slot = (class.raw() >> 2) % CONSTRUCTOR_CACHE_SLOTS;
        let entry = self.constructor_cache[slot];
        let found = |v: Value| (!v.is_null()).then_some(v);
        if entry.class == class && entry.epoch == self.class_epoch {
            return (found(entry.new_method), found(entry.init));
        }
        let new_method = self.class_lookup(class, q::__new__);
        let init = self.class_lookup(class, q::__init__);
        self.constructor_cache[slot] = ConstructorCache {
            class,
            epoch: self.class_epoch,
            new_method: new_method.unwrap_or(Value::NULL),
            init: init.unwrap_or(Value::NULL),
        };
        (new_method, init)
    }

    /// A fresh instance of a user class (before `__init__`).
    fn new_instance(
        &mut self,
        class: Value,
        layout: Layout,
        start: usize,
        argc: usize,
        kwnames: Value,
    ) -> PyResult<Value> {
        match layout {
            Layout::Exception => {
                let (args, kwargs) = self.collect_args(start, argc, kwnames);
                // Keywords go to a Python `__init__`, else they are the built-in class's
                // (`ImportError(msg, name=...)`, checked by its constructor).
                if !kwargs.is_empty() {
                    let python_init = self
                        .class_lookup(class, q::__init__)
                        .is_some_and(|f| !matches!(self.heap_obj(f), Some(Obj::Builtin(_))));
                    if !python_init {
                        let mut full = alloc::vec![class];
                        full.extend(args);
                        return crate::obj::exception::construct(self, &full, &kwargs);
                    }
                }
                let class = crate::obj::exception::os_error_subclass(self, class, &args);
                let (mut args, mut dict) = (args, Dict::new());
                let filenames =
                    crate::obj::exception::split_os_error_filenames(self, class, &mut args);
                for (name, value) in filenames.into_iter().flatten() {
                    crate::obj::exception::insert_member(self, &mut dict, name, value)?;
                }
                let args = self.new_tuple(args)?;
                self.alloc(Obj::exception(class, args, dict))
            }
            Layout::Wrapped => {
                let builtin_base = match self.heap.get(class) {
                    Obj::Class(c) => c.builtin_base,
                    _ => Value::NULL,
                };
                let has_user_init = self
                    .class_lookup(class, q::__init__)
                    .is_some_and(|f| !matches!(self.heap_obj(f), Some(Obj::Builtin(_))));
                let constructor = match self.heap.get(builtin_base) {
                    Obj::Class(c) => c.constructor,
                    _ => None,
                };
                // An immutable value is made by `__new__` from the call's arguments, even
                // when a Python `__init__` follows (`class I(int)` with an `__init__`); a
                // mutable one starts empty for that `__init__` to fill.
                let immutable = [
                    self.types.int,
                    self.types.float,
                    self.types.complex,
                    self.types.str,
                    self.types.bytes,
                    self.types.tuple,
                    self.types.frozenset,
                ]
                .contains(&builtin_base);
                let base = match constructor {
                    Some(constructor) => {
                        if has_user_init && !immutable {
                            constructor(self, &[builtin_base], &[])?
                        } else {
                            let (full, kwargs) =
                                self.collect_args_after(builtin_base, start, argc, kwnames);
                            constructor(self, &full, &kwargs)?
                        }
                    }
                    None => Value::NONE,
                };
                self.alloc(Obj::Instance(Box::new(Instance {
                    class,
                    dict: Dict::new(),
                    base,
                })))
            }
            Layout::Type => {
                // A metaclass without its own `__new__`: `type.__new__(class, *args)`.
                let (full, kwargs) = self.collect_args_after(class, start, argc, kwnames);
                crate::obj::class::new_class(self, &full, &kwargs)
            }
            _ => {
                let hint = match self.heap.get(class) {
                    Obj::Class(c) => c.instance_size_hint as usize,
                    _ => 0,
                };
                self.alloc(Obj::Instance(Box::new(Instance {
                    class,
                    dict: Dict::with_capacity(hint),
                    base: Value::NULL,
                })))
            }
        }
    }
}
