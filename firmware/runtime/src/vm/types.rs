//! The built-in classes: created once at start-up, with their method tables.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::{class_flags, Builtin, Class, Dict, IteratorKind, Layout, NativeFn, Obj};
use crate::qstr::{q, Qstr};
use crate::value::Value;

macro_rules! builtin_types {
    ($($field:ident,)*) => {
        /// Every built-in class, by role.
        pub struct Types {
            $(pub $field: Value,)*
            /// The `()` singleton.
            pub empty_tuple: Value,
            /// The classes of the built-in iterators by kind, each made on first use (NULL
            /// until then: `type_of` gives `iterator`).
            pub iterator_kinds: [Value; IteratorKind::COUNT],
            /// `coroutine`, made on first use as those (NULL until then: `generator`).
            pub coroutine: Value,
            /// What `coroutine.__await__()` returns, made then.
            pub coroutine_wrapper: Value,
            /// `types.GenericAlias` and `types.UnionType`, made on first use (NULL until
            /// then: `obj/generic_alias.rs`).
            pub generic_alias: Value,
            pub union_type: Value,
            /// `traceback` and the `frame` stand-in, made on first use (`obj/traceback.rs`).
            pub traceback: Value,
            pub frame: Value,
        }

        impl Types {
            pub fn placeholder() -> Types {
                Types {
                    $($field: Value::NULL,)*
                    empty_tuple: Value::NULL,
                    iterator_kinds: [Value::NULL; IteratorKind::COUNT],
                    coroutine: Value::NULL,
                    coroutine_wrapper: Value::NULL,
                    generic_alias: Value::NULL,
                    union_type: Value::NULL,
                    traceback: Value::NULL,
                    frame: Value::NULL,
                }
            }

            /// All of them, as collector roots.
            pub fn all(&self) -> Vec<Value> {
                let mut all = vec![$(self.$field,)* self.empty_tuple];
                all.extend(self.iterator_kinds.iter().filter(|class| !class.is_null()));
                for class in [
                    self.coroutine,
                    self.coroutine_wrapper,
                    self.generic_alias,
                    self.union_type,
                    self.traceback,
                    self.frame,
                ] {
                    if !class.is_null() {
                        all.push(class);
                    }
                }
                all
            }
        }
    };
}

builtin_types! {
    object, type_, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
    frozenset, range, slice, none_type, not_implemented_type, ellipsis_type, function,
    builtin_function, method, module, generator, cell, code, property, classmethod,
    staticmethod, super_, iterator, memoryview, map, zip, filter, enumerate, reversed,
    dict_keys, dict_values, dict_items,
    base_exception, exception, system_exit, keyboard_interrupt, generator_exit, stop_iteration,
    arithmetic_error, overflow_error, zero_division_error, assertion_error, attribute_error,
    import_error, lookup_error, index_error, key_error, memory_error, name_error, os_error,
    runtime_error, recursion_error, syntax_error, indentation_error, system_error, type_error,
    value_error,
}

/// Creates a built-in class (at boot, when the heap has room for every one).
pub fn make_class(
    vm: &mut Vm,
    name: Qstr,
    base: Value,
    layout: Layout,
    methods: &'static [Builtin],
    constructor: Option<NativeFn>,
) -> Value {
    Vm::booted(try_make_class(vm, name, base, layout, methods, constructor))
}

/// The class of a built-in iterator kind (see `Vm::class_of`), or `MemoryError`.
pub fn make_iterator_class(vm: &mut Vm, kind: IteratorKind) -> PyResult<Value> {
    make_class_on_first_use(vm, kind.name(), crate::obj::iter::METHODS)
}

/// The `coroutine` class: a generator's methods but `__iter__` and `__next__` (a coroutine
/// is a generator underneath, but not iterable).
pub fn make_coroutine_class(vm: &mut Vm) -> PyResult<Value> {
    make_class_on_first_use(vm, "coroutine", crate::obj::generator::COROUTINE_METHODS)
}

/// The `coroutine_wrapper` class (of `coroutine.__await__()`'s iterators): a generator's
/// methods, which go to the wrapped coroutine.
pub fn make_coroutine_wrapper_class(vm: &mut Vm) -> PyResult<Value> {
    make_class_on_first_use(vm, "coroutine_wrapper", crate::obj::generator::METHODS)
}

/// A final class of objects that exist before their class does (made when a program first
/// asks for it), or `MemoryError`.
fn make_class_on_first_use(
    vm: &mut Vm,
    name: &str,
    methods: &'static [Builtin],
) -> PyResult<Value> {
    let Ok(name) = vm.qstrs.try_intern(name) else {
        return Err(vm.memory_error());
    };
    let object = vm.types.object;
    try_make_class(vm, name, object, Layout::Final, methods, None)
}

/// `make_class`, or `MemoryError`.
fn try_make_class(
    vm: &mut Vm,
    name: Qstr,
    base: Value,
    layout: Layout,
    methods: &'static [Builtin],
    constructor: Option<NativeFn>,
) -> PyResult<Value> {
    let mut mro = Vec::new();
    if !base.is_null() {
        if let Obj::Class(base_class) = vm.heap.get(base) {
            mro.reserve_exact(base_class.mro.len() + 1);
            mro.push(Value::NULL);
            mro.extend_from_slice(&base_class.mro);
        }
    } else {
        mro.push(Value::NULL);
    }
    let qualname = Value::qstr(name);
    let class = Class {
        name,
        qualname,
        module: Value::qstr(q::builtins),
        bases: Box::default(),
        mro: Box::default(),
        dict: Dict::new(),
        layout,
        builtin_base: Value::NULL,
        metaclass: Value::NULL,
        flags: class_flags::BUILTIN,
        constructor,
        // Only tables with ordinary methods need the lazy path (lookups skip the rest).
        methods: if methods.iter().any(|m| !is_special(m.name())) {
            methods
        } else {
            &[]
        },
        instance_size_hint: 0,
        serial: 0,
    };
    let library_methods = vm.library.methods_of(name);
    debug_assert!(library_methods.iter().all(|m| !is_special(m.name())));
    let base_lazy = match vm.heap_obj(base) {
        Some(Obj::Class(b)) => b.flags & class_flags::LAZY_METHODS,
        _ => 0,
    };
    let own_lazy = if class.methods.is_empty() && library_methods.is_empty() {
        0
    } else {
        class_flags::LAZY_METHODS
    };
    let mut class = class;
    class.flags |= base_lazy | own_lazy;
    let value = vm.alloc(Obj::Class(Box::new(class)))?;
    mro[0] = value;
    if let Obj::Class(class) = vm.heap.get_mut(value) {
        class.mro = mro.into_boxed_slice();
    }
    // Special methods are looked up without a chance to allocate (operators, protocols):
    // they go in now. The rest wait for `Vm::materialize_method`.
    vm.push_root(value);
    let added = methods
        .iter()
        .filter(|m| is_special(m.name()))
        .try_for_each(|method| add_method(vm, value, method));
    vm.pop_root();
    added.map(|()| value)
}

/// Built-in exception classes made when a program first names one (`Vm::builtin`), not at
/// boot: each costs some 150 bytes of heap, and most programs never meet them. Each with
/// the name of its base, which is made first if it is lazy too.
pub static LAZY_EXCEPTIONS: &[(Qstr, Qstr)] = &[
    (q::EOFError, q::Exception),
    (q::ModuleNotFoundError, q::ImportError),
    (q::UnboundLocalError, q::NameError),
    (q::NotImplementedError, q::RuntimeError),
    (q::UnicodeError, q::ValueError),
    (q::StopAsyncIteration, q::Exception),
    (q::FloatingPointError, q::ArithmeticError),
    (q::BufferError, q::Exception),
    (q::FileNotFoundError, q::OSError),
    (q::FileExistsError, q::OSError),
    (q::PermissionError, q::OSError),
    (q::IsADirectoryError, q::OSError),
    (q::NotADirectoryError, q::OSError),
    (q::TimeoutError, q::OSError),
    (q::BlockingIOError, q::OSError),
    (q::ChildProcessError, q::OSError),
    (q::ConnectionError, q::OSError),
    (q::BrokenPipeError, q::ConnectionError),
    (q::ConnectionAbortedError, q::ConnectionError),
    (q::ConnectionRefusedError, q::ConnectionError),
    (q::ConnectionResetError, q::ConnectionError),
    (q::InterruptedError, q::OSError),
    (q::ProcessLookupError, q::OSError),
    (q::ReferenceError, q::Exception),
    (q::TabError, q::IndentationError),
    (q::UnicodeDecodeError, q::UnicodeError),
    (q::UnicodeEncodeError, q::UnicodeError),
    (q::UnicodeTranslateError, q::UnicodeError),
    (q::Warning, q::Exception),
    (q::UserWarning, q::Warning),
    (q::DeprecationWarning, q::Warning),
    (q::RuntimeWarning, q::Warning),
    (q::PendingDeprecationWarning, q::Warning),
    (q::SyntaxWarning, q::Warning),
    (q::FutureWarning, q::Warning),
    (q::ImportWarning, q::Warning),
    (q::UnicodeWarning, q::Warning),
    (q::BytesWarning, q::Warning),
    (q::ResourceWarning, q::Warning),
    (q::EncodingWarning, q::Warning),
];

/// Makes the lazy exception class `name` under `base` and puts it in `builtins`.
pub fn make_lazy_exception(vm: &mut Vm, name: Qstr, base: Value) -> PyResult<Value> {
    // The class, its MRO and a `builtins` entry, before any of them is allocated.
    vm.reserve(256)?;
    let construct: NativeFn = crate::obj::exception::construct;
    let class = try_make_class(vm, name, base, Layout::Exception, &[], Some(construct))?;
    vm.push_root(class);
    let builtins = vm.builtins;
    let stored = vm.dict_set_item(builtins, Value::qstr(name), class);
    vm.pop_root();
    stored?;
    // A new class may sit where a collected one was: caches keyed by class start over.
    vm.class_epoch = vm.class_epoch.wrapping_add(1);
    Ok(class)
}

/// A `__dunder__` name: in a built-in class's dict from the start.
#[inline]
pub fn is_special(name: &str) -> bool {
    name.starts_with("__")
}

/// Puts a native method in a class's dict (`MemoryError` when the heap is full: classes
/// made on first use are made when a program runs).
fn add_method(vm: &mut Vm, class: Value, method: &'static Builtin) -> PyResult<()> {
    let Ok(name) = vm.qstrs.try_intern(method.name()) else {
        return Err(vm.memory_error());
    };
    let function = method_object(vm, method)?;
    class_dict_set(vm, class, name, function)
}

/// The heap object a class's dict holds for a native method.
fn method_object(vm: &mut Vm, method: &'static Builtin) -> PyResult<Value> {
    let function = vm.alloc(Obj::Builtin(method))?;
    // Alternative constructors take the class as their first argument; `maketrans` is a
    // static method.
    if matches!(method.name(), "fromkeys" | "from_bytes" | "fromhex") {
        vm.alloc(Obj::ClassMethod(function))
    } else if method.name() == "maketrans" {
        vm.alloc(Obj::StaticMethod(function))
    } else {
        Ok(function)
    }
}

impl Vm {
    /// Makes sure the dict of every built-in class on `class`'s MRO that has a native method
    /// `name` holds it (see `Class::methods`). Call before looking an ordinary attribute up
    /// on a class; it changes no lookup's answer, so caches stay valid. Out of memory, the
    /// method stays unmaterialized (and the lookup then misses). Kept out of line: it sits
    /// on slow paths, and inlined it would weigh on callers the dispatch loop inlines.
    #[inline(never)]
    pub fn materialize_method(&mut self, class: Value, name: Qstr) {
        let Some(Obj::Class(c)) = self.heap_obj(class) else {
            return;
        };
        if c.flags & class_flags::LAZY_METHODS == 0 || is_special(self.qstrs.text(name)) {
            return;
        }
        for position in 0..c.mro.len() {
            let Obj::Class(c) = self.heap.get(class) else {
                return;
            };
            let ancestor = c.mro[position];
            let Obj::Class(a) = self.heap.get(ancestor) else {
                continue;
            };
            let tables = [a.methods, self.library_methods_of(a)];
            if tables.iter().all(|t| t.is_empty()) {
                continue;
            }
            if self.class_lookup_own(ancestor, name).is_some() {
                // Materialized before (a later ancestor loses either way).
                return;
            }
            let text = self.qstrs.text(name);
            let Some(method) = tables
                .iter()
                .flat_map(|t| t.iter())
                .find(|m| m.name() == text)
            else {
                continue;
            };
            let Ok(function) = method_object(self, method) else {
                return;
            };
            self.class_dict_insert_quiet(ancestor, name, function);
            return;
        }
    }

    /// The library's methods for built-in class `class` (none for Python classes).
    fn library_methods_of(&self, class: &Class) -> &'static [Builtin] {
        if class.flags & class_flags::BUILTIN == 0 {
            return &[];
        }
        self.library.methods_of(class.name)
    }

    /// Materializes every native method of `class` itself (`dir()`, `__dict__`).
    pub fn materialize_all_methods(&mut self, class: Value) {
        let tables = match self.heap_obj(class) {
            Some(Obj::Class(c)) => [c.methods, self.library_methods_of(c)],
            _ => return,
        };
        let methods = tables.iter().flat_map(|t| t.iter());
        for method in methods.filter(|m| !is_special(m.name())) {
            let name = self.qstrs.intern(method.name());
            if self.class_lookup_own(class, name).is_some() {
                continue;
            }
            let Ok(function) = method_object(self, method) else {
                return;
            };
            self.class_dict_insert_quiet(class, name, function);
        }
    }

    /// `name` in `class`'s own dict.
    pub(crate) fn class_lookup_own(&self, class: Value, name: Qstr) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(class) else {
            return None;
        };
        self.name_entry(&c.dict, name)
            .map(|position| c.dict.entry(position).value)
    }

    /// Adds a materialized method: no version or epoch bump, since no answer changes. A dict
    /// that cannot grow within the heap's room leaves the method unmaterialized.
    fn class_dict_insert_quiet(&mut self, class: Value, name: Qstr, function: Value) {
        let hash = self.qstrs.hash(name);
        let room = self.heap.room();
        if let Obj::Class(c) = self.heap.get_mut(class) {
            let _ = c
                .dict
                .try_insert_new(hash, Value::qstr(name), function, room);
        }
    }
}

/// Sets `name` in a class's own dict (a new name grows it fallibly: `MemoryError`).
pub fn class_dict_set(vm: &mut Vm, class: Value, name: Qstr, value: Value) -> PyResult<()> {
    let position = match vm.heap.get(class) {
        Obj::Class(c) => vm.name_entry(&c.dict, name),
        _ => return Ok(()),
    };
    match position {
        Some(position) => {
            if let Obj::Class(class) = vm.heap.get_mut(class) {
                class.dict.set_value_at(position, value);
            }
        }
        None => {
            let hash = vm.qstrs.hash(name);
            vm.add_own_attribute(class, hash, Value::qstr(name), value)?;
        }
    }
    vm.class_epoch = vm.class_epoch.wrapping_add(1);
    Ok(())
}

fn exception_class(vm: &mut Vm, name: Qstr, base: Value) -> Value {
    let class = make_class(
        vm,
        name,
        base,
        Layout::Exception,
        &[],
        Some(crate::obj::exception::construct),
    );
    let builtins = vm.builtins;
    vm.boot_set_name(builtins, name, class);
    class
}

/// Creates every built-in class.
pub fn init(vm: &mut Vm) {
    use crate::obj;
    vm.builtins = Vm::booted(vm.new_dict());
    vm.types.empty_tuple = Vm::booted(vm.alloc(Obj::Tuple(Box::new([]))));

    let object = make_class(
        vm,
        q::object,
        Value::NULL,
        Layout::Object,
        obj::object::METHODS,
        Some(obj::object::construct),
    );
    vm.types.object = object;
    let final_ = Layout::Final;
    let wrapped = Layout::Wrapped;
    let t = |vm: &mut Vm, name, layout, methods, constructor| {
        make_class(vm, name, object, layout, methods, constructor)
    };
    vm.types.type_ = t(
        vm,
        q::type_,
        Layout::Type,
        obj::class::METHODS,
        Some(obj::class::construct),
    );
    vm.types.int = t(
        vm,
        q::int,
        wrapped,
        obj::int::METHODS,
        Some(obj::int::construct),
    );
    vm.types.bool = make_class(
        vm,
        q::bool,
        vm.types.int,
        final_,
        &[],
        Some(obj::int::construct_bool),
    );
    vm.types.float = t(
        vm,
        q::float,
        wrapped,
        obj::float::METHODS,
        Some(obj::float::construct),
    );
    vm.types.complex = t(
        vm,
        q::complex,
        wrapped,
        &[],
        Some(obj::float::construct_complex),
    );
    vm.types.str = t(
        vm,
        q::str,
        wrapped,
        obj::str::METHODS,
        Some(obj::str::construct),
    );
    vm.types.bytes = t(
        vm,
        q::bytes,
        wrapped,
        obj::bytes::BYTES_METHODS,
        Some(obj::bytes::construct_bytes),
    );
    vm.types.bytearray = t(
        vm,
        q::bytearray,
        wrapped,
        obj::bytes::BYTEARRAY_METHODS,
        Some(obj::bytes::construct_bytearray),
    );
    vm.types.list = t(
        vm,
        q::list,
        wrapped,
        obj::list::METHODS,
        Some(obj::list::construct),
    );
    vm.types.tuple = t(
        vm,
        q::tuple,
        wrapped,
        obj::tuple::METHODS,
        Some(obj::tuple::construct),
    );
    vm.types.dict = t(
        vm,
        q::dict,
        wrapped,
        obj::dict_methods::METHODS,
        Some(obj::dict_methods::construct),
    );
    vm.types.set = t(
        vm,
        q::set,
        wrapped,
        obj::set::SET_METHODS,
        Some(obj::set::construct_set),
    );
    vm.types.frozenset = t(
        vm,
        q::frozenset,
        wrapped,
        obj::set::FROZENSET_METHODS,
        Some(obj::set::construct_frozenset),
    );
    vm.types.range = t(
        vm,
        q::range,
        final_,
        obj::range::METHODS,
        Some(obj::range::construct),
    );
    vm.types.slice = t(
        vm,
        q::slice,
        final_,
        obj::range::SLICE_METHODS,
        Some(obj::range::construct_slice),
    );
    let singleton = Some(obj::object::construct_singleton as crate::obj::NativeFn);
    vm.types.none_type = t(vm, q::NoneType, final_, &[], singleton);
    vm.types.not_implemented_type = t(vm, q::NotImplementedType, final_, &[], singleton);
    vm.types.ellipsis_type = t(vm, q::ellipsis, final_, &[], singleton);
    vm.types.function = t(
        vm,
        q::function,
        final_,
        obj::function::FUNCTION_METHODS,
        None,
    );
    vm.types.builtin_function = t(vm, q::builtin_function_or_method, final_, &[], None);
    vm.types.method = t(
        vm,
        q::method,
        final_,
        &[],
        Some(obj::function::construct_method),
    );
    vm.types.module = t(vm, q::module, final_, &[], Some(Vm::construct_module));
    vm.types.generator = t(vm, q::generator, final_, obj::generator::METHODS, None);
    vm.types.cell = t(vm, q::cell, final_, &[], None);
    vm.types.code = t(vm, q::code, final_, &[], None);
    vm.types.property = t(
        vm,
        q::property,
        Layout::Wrapped,
        obj::function::PROPERTY_METHODS,
        Some(obj::function::construct_property),
    );
    vm.types.classmethod = t(
        vm,
        q::classmethod,
        final_,
        obj::function::WRAPPER_METHODS,
        Some(obj::function::construct_classmethod),
    );
    vm.types.staticmethod = t(
        vm,
        q::staticmethod,
        final_,
        obj::function::WRAPPER_METHODS,
        Some(obj::function::construct_staticmethod),
    );
    vm.types.super_ = t(
        vm,
        q::super_,
        final_,
        &[],
        Some(obj::class::construct_super),
    );
    let iterator_name = vm.qstrs.intern("iterator");
    vm.types.iterator = t(vm, iterator_name, final_, obj::iter::METHODS, None);
    vm.types.memoryview = t(
        vm,
        q::memoryview,
        final_,
        obj::memoryview::METHODS,
        Some(obj::memoryview::construct),
    );
    vm.types.map = t(
        vm,
        q::map,
        final_,
        obj::iter::METHODS,
        Some(obj::iter::construct_map),
    );
    vm.types.zip = t(
        vm,
        q::zip,
        final_,
        obj::iter::METHODS,
        Some(obj::iter::construct_zip),
    );
    vm.types.filter = t(
        vm,
        q::filter,
        final_,
        obj::iter::METHODS,
        Some(obj::iter::construct_filter),
    );
    vm.types.enumerate = t(
        vm,
        q::enumerate,
        final_,
        obj::iter::METHODS,
        Some(obj::iter::construct_enumerate),
    );
    vm.types.reversed = t(
        vm,
        q::reversed,
        final_,
        obj::iter::METHODS,
        Some(obj::iter::construct_reversed),
    );
    let keys = vm.qstrs.intern("dict_keys");
    let values = vm.qstrs.intern("dict_values");
    let items = vm.qstrs.intern("dict_items");
    vm.types.dict_keys = t(vm, keys, final_, obj::dict_methods::SET_VIEW_METHODS, None);
    vm.types.dict_values = t(vm, values, final_, obj::dict_methods::VIEW_METHODS, None);
    vm.types.dict_items = t(vm, items, final_, obj::dict_methods::SET_VIEW_METHODS, None);

    let builtins = vm.builtins;
    for (name, class) in [
        (q::object, vm.types.object),
        (q::type_, vm.types.type_),
        (q::int, vm.types.int),
        (q::bool, vm.types.bool),
        (q::float, vm.types.float),
        (q::complex, vm.types.complex),
        (q::str, vm.types.str),
        (q::bytes, vm.types.bytes),
        (q::bytearray, vm.types.bytearray),
        (q::list, vm.types.list),
        (q::tuple, vm.types.tuple),
        (q::dict, vm.types.dict),
        (q::set, vm.types.set),
        (q::frozenset, vm.types.frozenset),
        (q::range, vm.types.range),
        (q::slice, vm.types.slice),
        (q::property, vm.types.property),
        (q::classmethod, vm.types.classmethod),
        (q::staticmethod, vm.types.staticmethod),
        (q::super_, vm.types.super_),
        (q::memoryview, vm.types.memoryview),
        (q::map, vm.types.map),
        (q::zip, vm.types.zip),
        (q::filter, vm.types.filter),
        (q::enumerate, vm.types.enumerate),
        (q::reversed, vm.types.reversed),
    ] {
        vm.boot_set_name(builtins, name, class);
    }

    // The exception hierarchy (CPython 3.11's, minus the warnings machinery).
    let base_exception = make_class(
        vm,
        q::BaseException,
        object,
        Layout::Exception,
        obj::exception::METHODS,
        Some(obj::exception::construct),
    );
    vm.boot_set_name(builtins, q::BaseException, base_exception);
    vm.types.base_exception = base_exception;
    let e = |vm: &mut Vm, name, base| exception_class(vm, name, base);
    vm.types.system_exit = e(vm, q::SystemExit, base_exception);
    vm.types.keyboard_interrupt = e(vm, q::KeyboardInterrupt, base_exception);
    vm.types.generator_exit = e(vm, q::GeneratorExit, base_exception);
    let exception = e(vm, q::Exception, base_exception);
    vm.types.exception = exception;
    vm.types.stop_iteration = e(vm, q::StopIteration, exception);
    let arithmetic = e(vm, q::ArithmeticError, exception);
    vm.types.arithmetic_error = arithmetic;
    vm.types.overflow_error = e(vm, q::OverflowError, arithmetic);
    vm.types.zero_division_error = e(vm, q::ZeroDivisionError, arithmetic);
    vm.types.assertion_error = e(vm, q::AssertionError, exception);
    vm.types.attribute_error = e(vm, q::AttributeError, exception);
    let import_error = e(vm, q::ImportError, exception);
    vm.types.import_error = import_error;
    let lookup = e(vm, q::LookupError, exception);
    vm.types.lookup_error = lookup;
    vm.types.index_error = e(vm, q::IndexError, lookup);
    vm.types.key_error = e(vm, q::KeyError, lookup);
    vm.types.memory_error = e(vm, q::MemoryError, exception);
    let name_error = e(vm, q::NameError, exception);
    vm.types.name_error = name_error;
    let os_error = e(vm, q::OSError, exception);
    vm.types.os_error = os_error;
    let io_error = vm.qstrs.intern("IOError");
    vm.boot_set_name(builtins, io_error, os_error);
    let environment_error = vm.qstrs.intern("EnvironmentError");
    vm.boot_set_name(builtins, environment_error, os_error);
    let runtime_error = e(vm, q::RuntimeError, exception);
    vm.types.runtime_error = runtime_error;
    vm.types.recursion_error = e(vm, q::RecursionError, runtime_error);
    let syntax_error = e(vm, q::SyntaxError, exception);
    vm.types.syntax_error = syntax_error;
    let indentation_error = e(vm, q::IndentationError, syntax_error);
    vm.types.indentation_error = indentation_error;
    vm.types.system_error = e(vm, q::SystemError, exception);
    vm.types.type_error = e(vm, q::TypeError, exception);
    let value_error = e(vm, q::ValueError, exception);
    vm.types.value_error = value_error;
    // The rest (`FileNotFoundError`, `Warning`, …) are made when first named:
    // `LAZY_EXCEPTIONS`.

    // The preallocated MemoryError (raised when nothing more can be allocated).
    let args = vm.types.empty_tuple;
    vm.memory_error =
        Vm::booted(vm.alloc(Obj::exception(vm.types.memory_error, args, Dict::new())));
}
