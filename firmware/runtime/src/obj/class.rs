//! `type`: creating classes (`class` statements, `type(name, bases, dict)`), the C3 method
//! resolution order, and `super`.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{class_flags, Builtin, Class, Dict, Instance, Layout, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::frame::ReturnAction;
use crate::vm::run::CallOutcome;
use crate::vm::{PyResult, Vm};

/// `type(x)` or `type(name, bases, dict)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    match args.len() {
        2 => vm.class_of(args[1]),
        4 => {
            let class = new_class(vm, args, kwargs)?;
            // Made by a base's metaclass: its `__init__` runs too, as after any class call.
            let metaclass = vm.type_of(class);
            if metaclass != vm.types.type_ {
                if let Some(init) = vm.class_lookup_override(metaclass, q::__init__) {
                    vm.push_root(class);
                    let mut full = args.to_vec();
                    full[0] = class;
                    let result = vm.call(init, &full, kwargs);
                    vm.pop_root();
                    result?;
                }
            }
            Ok(class)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__new__(metaclass, name, bases, namespace, **kwargs)`: the class `type(name, bases,
/// namespace)` makes, as an instance of `metaclass` (or of a more derived metaclass of a base).
pub fn new_class(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let &[metaclass, name, bases, namespace] = args else {
        let given = args.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({given} given)"
        )));
    };
    if !matches!(vm.heap_obj(metaclass), Some(Obj::Class(_))) {
        let name = vm.type_name(metaclass);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({name})")));
    }
    if !vm.is_subclass(metaclass, vm.types.type_) {
        let name = vm.class_name(metaclass);
        return Err(vm.type_error(format!(
            "type.__new__({name}): {name} is not a subtype of type"
        )));
    }
    let bases = match vm.heap_obj(bases) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => {
            let name = vm.type_name(bases);
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {name}"
            )));
        }
    };
    let Some(name) = vm.as_name(name)? else {
        return Err(vm.type_error("type.__new__() argument 1 must be str"));
    };
    let winner = most_derived_metaclass(vm, metaclass, &bases)?;
    if winner != metaclass {
        // A base's metaclass makes the class, through its own `__new__` if it has one.
        if let Some(new_method) = vm.class_lookup_override(winner, q::__new__) {
            let new_function = match vm.heap_obj(new_method) {
                Some(Obj::StaticMethod(f)) => *f,
                _ => new_method,
            };
            let mut full = args.to_vec();
            full[0] = winner;
            return vm.call(new_function, &full, kwargs);
        }
    }
    let metaclass = winner;
    // A dict, or a dict subclass's instance (a `__prepare__`'s namespace): its dict part.
    let part = vm.builtin_part(namespace);
    if !matches!(vm.heap_obj(part), Some(Obj::Dict(_))) {
        let name = vm.type_name(namespace);
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {name}"
        )));
    }
    let namespace = crate::obj::dict_methods::copy_dict(vm, part)?;
    vm.push_root(namespace);
    let result = create_class(vm, name, &bases, namespace, kwargs, metaclass);
    vm.pop_root();
    result
}

/// The most derived of `metaclass` and the classes of `bases` (CPython's rule for the class
/// a `class` statement makes), or the "metaclass conflict" TypeError.
fn most_derived_metaclass(vm: &mut Vm, metaclass: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = metaclass;
    for &base in bases {
        let base_type = vm.type_of(base);
        if vm.is_subclass(winner, base_type) {
            continue;
        }
        if vm.is_subclass(base_type, winner) {
            winner = base_type;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__init__`: the class is complete already; only the argument count is checked.
fn type_init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if !matches!(args.len(), 2 | 4) {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwargs)`: what calling a class does (`__new__`, then
/// `__init__`), for a metaclass's `__call__` to reach through `super()`.
fn type_call(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(&class) if matches!(vm.heap_obj(class), Some(Obj::Class(_))) => {
            vm.instantiate(class, &args[1..], kwargs)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `type.__prepare__(name, bases, **kwargs)`: the namespace a class body runs in.
fn type_prepare(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.new_dict()
}

/// `__build_class__(body, name, *bases, **kwargs)`: runs a class body and makes the class.
pub fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (body, name_value) = (args[0], args[1]);
    let original_bases = &args[2..];
    let bases = resolve_bases(vm, original_bases)?;
    let bases_changed = bases[..] != *original_bases;
    let Some(name) = vm.as_name(name_value)? else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let mut class_kwargs: Vec<(Value, Value)> = Vec::new();
    let mut metaclass = Value::NULL;
    for &(key, value) in kwargs {
        if vm.str_text(key) == Some("metaclass") {
            metaclass = value;
        } else {
            class_kwargs.push((key, value));
        }
    }
    for &base in &bases {
        if !matches!(vm.heap_obj(base), Some(Obj::Class(_))) {
            return Err(vm.type_error("bases must be types"));
        }
    }
    // `metaclass=` may be any callable; a class (or the bases' classes) is narrowed to the
    // most derived one. Only `type` itself takes the direct path below.
    let type_ = vm.types.type_;
    let metaclass = if metaclass.is_null() {
        most_derived_metaclass(vm, type_, &bases)?
    } else if matches!(vm.heap_obj(metaclass), Some(Obj::Class(_))) {
        most_derived_metaclass(vm, metaclass, &bases)?
    } else {
        metaclass
    };
    let custom = metaclass != type_;
    let bases_tuple = if custom {
        vm.new_tuple(bases.clone())?
    } else {
        Value::NULL
    };
    vm.push_root(bases_tuple);
    let namespace = if custom {
        prepare_namespace(vm, metaclass, name_value, bases_tuple, &class_kwargs)
    } else {
        vm.new_dict()
    };
    let namespace = match namespace {
        Ok(namespace) => namespace,
        Err(e) => {
            vm.pop_root();
            return Err(e);
        }
    };
    vm.push_root(namespace);
    let result = (|| {
        // Run the body with the namespace as its locals.
        let start = vm.stack.len();
        match vm.push_python_frame(
            body,
            start,
            0,
            Value::NULL,
            start,
            ReturnAction::Push,
            Value::NULL,
        )? {
            CallOutcome::Frame => {
                let frame = vm.frames.last_mut().expect("frame pushed");
                frame.locals = namespace;
                frame.entry = true;
            }
            CallOutcome::Value(_) => return Err(vm.type_error("class body is not a function")),
        }
        let cell = vm.run()?;
        if bases_changed {
            let original = vm.new_tuple(original_bases.to_vec())?;
            let key = vm.qstrs.intern("__orig_bases__");
            vm.mapping_set_name(namespace, key, original)?;
        }
        let class = if custom {
            vm.call(
                metaclass,
                &[name_value, bases_tuple, namespace],
                &class_kwargs,
            )?
        } else {
            create_class(vm, name, &bases, namespace, &class_kwargs, Value::NULL)?
        };
        if let Some(Obj::Cell(_)) = vm.heap_obj(cell) {
            if let Obj::Cell(contents) = vm.heap.get_mut(cell) {
                *contents = class;
            }
        }
        Ok(class)
    })();
    vm.pop_root();
    vm.pop_root();
    result
}

/// The bases a class statement names, with each one that is not a class replaced by what
/// its `__mro_entries__(bases)` returns (PEP 560: `class C(list[int])` derives from `list`).
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut resolved = Vec::with_capacity(bases.len());
    let mut original = Value::NULL;
    for &base in bases {
        if matches!(vm.heap_obj(base), Some(Obj::Class(_))) {
            resolved.push(base);
            continue;
        }
        let entries_name = vm.qstrs.intern("__mro_entries__");
        let Some(method) = vm.load_attr_optional(base, entries_name)? else {
            resolved.push(base);
            continue;
        };
        if original.is_null() {
            original = vm.new_tuple(bases.to_vec())?;
            vm.push_root(original);
        }
        let entries = vm.call(method, &[original], &[]);
        let entries = match entries {
            Ok(entries) => entries,
            Err(error) => {
                vm.pop_root();
                return Err(error);
            }
        };
        match vm.heap_obj(entries) {
            Some(Obj::Tuple(items)) => resolved.extend_from_slice(items),
            _ => {
                vm.pop_root();
                return Err(vm.type_error("__mro_entries__ must return a tuple"));
            }
        }
    }
    if !original.is_null() {
        vm.pop_root();
    }
    Ok(resolved)
}

/// The namespace a custom metaclass's `__prepare__` gives the class body (a fresh dict when it
/// has none).
fn prepare_namespace(
    vm: &mut Vm,
    metaclass: Value,
    name: Value,
    bases: Value,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(prepare) = vm.load_attr_optional(metaclass, q::__prepare__)? else {
        return vm.new_dict();
    };
    let namespace = vm.call(prepare, &[name, bases], kwargs)?;
    let meta_name = vm.class_name(metaclass);
    let type_name = vm.type_name(namespace);
    match vm.heap_obj(namespace) {
        // A dict, or any mapping: the body's names go through its `__getitem__`/`__setitem__`.
        Some(Obj::Dict(_) | Obj::Instance(_)) => Ok(namespace),
        _ => Err(vm.type_error(format!(
            "{meta_name}.__prepare__() must return a mapping, not {type_name}"
        ))),
    }
}

/// `type.__new__`'s checks of a `__slots__` value: strings that are identifiers, none also
/// a class variable, and none for a base whose instances are of variable size in CPython.
fn check_slots(
    vm: &mut Vm,
    class_name: crate::qstr::Qstr,
    dict: &Dict,
    slots: Value,
    bases: &[Value],
) -> PyResult<()> {
    let items: Vec<Value> = match vm.heap_obj(slots) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        Some(Obj::List(items)) => items.clone(),
        _ if vm.str_text(slots).is_some() => alloc::vec![slots],
        _ => return Ok(()),
    };
    let variable_size = [vm.types.int, vm.types.bytes, vm.types.tuple, vm.types.type_];
    let base = bases.first().copied().unwrap_or(Value::NULL);
    if !items.is_empty() && variable_size.iter().any(|&kind| vm.is_subclass(base, kind)) {
        let base_name = vm.class_name(base);
        let message = format!("nonempty __slots__ not supported for subtype of '{base_name}'");
        return Err(vm.type_error(message));
    }
    for &item in &items {
        let Some(text) = vm.str_text(item) else {
            let kind = vm.type_name(item);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{kind}'")));
        };
        if !crate::lex::is_identifier(text) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if text == "__dict__" && base_has_dict(vm, bases) {
            return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
        }
        if text == "__dict__" || text == "__weakref__" {
            continue;
        }
        let mangled = crate::compile::mangle(Some(vm.qstr_text(class_name)), text);
        let conflicts = vm
            .qstrs
            .lookup(&mangled)
            .is_some_and(|interned| vm.name_entry(dict, interned).is_some());
        if conflicts {
            let message = format!("'{mangled}' in __slots__ conflicts with class variable");
            return Err(vm.value_error(message));
        }
    }
    Ok(())
}

/// Whether instances of the first base already have a `__dict__` (CPython's exceptions do).
fn base_has_dict(vm: &Vm, bases: &[Value]) -> bool {
    match bases.first().and_then(|&base| vm.heap_obj(base)) {
        Some(Obj::Class(c)) if c.flags & class_flags::BUILTIN != 0 => c.layout == Layout::Exception,
        Some(Obj::Class(c)) => c.flags & class_flags::SLOTS_ONLY == 0,
        _ => false,
    }
}

/// Makes a class object from a finished namespace.
pub fn create_class(
    vm: &mut Vm,
    name: crate::qstr::Qstr,
    bases: &[Value],
    namespace: Value,
    kwargs: &[(Value, Value)],
    metaclass: Value,
) -> PyResult<Value> {
    // `type` itself is kept as NULL (see `Class::metaclass`).
    let metaclass = if metaclass == vm.types.type_ {
        Value::NULL
    } else {
        metaclass
    };
    let object = vm.types.object;
    let bases: Vec<Value> = if bases.is_empty() {
        alloc::vec![object]
    } else {
        bases.to_vec()
    };
    // The layout instances need: an exception, a wrapped built-in value, or a plain object.
    let mut layout = Layout::Object;
    let mut builtin_base = Value::NULL;
    for &base in &bases {
        let Some(Obj::Class(b)) = vm.heap_obj(base) else {
            return Err(vm.type_error("bases must be types"));
        };
        match b.layout {
            Layout::Final => {
                let base_name = String::from(vm.qstr_text(b.name));
                return Err(
                    vm.type_error(format!("type '{base_name}' is not an acceptable base type"))
                );
            }
            Layout::Exception => layout = Layout::Exception,
            Layout::Type => layout = Layout::Type,
            Layout::Wrapped => {
                if !matches!(layout, Layout::Exception | Layout::Type) {
                    layout = Layout::Wrapped;
                    let this_base = if b.flags & class_flags::BUILTIN != 0 {
                        base
                    } else {
                        b.builtin_base
                    };
                    // Two built-in values in one instance (`class X(int, str)`) cannot be.
                    if !builtin_base.is_null() && builtin_base != this_base {
                        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                    }
                    builtin_base = this_base;
                }
            }
            Layout::Object => {}
        }
    }
    let entries: Vec<(Value, Value)> = match vm.heap_obj(namespace) {
        Some(Obj::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    // The class dict's entries and index (and `__hash__`, `__doc__` entries): checked against the heap
    // first, since the inserts below grow the dict infallibly.
    vm.reserve((entries.len() + 2) * 32)?;
    let mut dict = Dict::with_capacity(entries.len());
    let mut module = Value::qstr(q::__main__);
    let mut qualname = Value::qstr(name);
    for (key, value) in entries {
        let Some(key_name) = vm.as_name(key)? else {
            continue;
        };
        match key_name {
            q::__module__ => module = value,
            // The class's own field, not a dict entry (as CPython's `type.__new__`).
            q::__qualname__ => {
                if vm.str_text(value).is_none() {
                    let kind = vm.type_name(value);
                    return Err(
                        vm.type_error(format!("type __qualname__ must be a str, not {kind}"))
                    );
                }
                qualname = value;
                continue;
            }
            q::__classcell__ => continue,
            _ => {}
        }
        // Plain functions named __init_subclass__ / __class_getitem__ are class methods.
        let value = if matches!(key_name, q::__init_subclass__ | q::__class_getitem__)
            && matches!(vm.heap_obj(value), Some(Obj::Function(_)))
        {
            vm.alloc(Obj::ClassMethod(value))?
        } else if key_name == q::__new__ && matches!(vm.heap_obj(value), Some(Obj::Function(_))) {
            vm.alloc(Obj::StaticMethod(value))?
        } else {
            value
        };
        let hash = vm.qstrs.hash(key_name);
        let key = Value::qstr(key_name);
        dict.insert_new(hash, key, value);
    }
    if let Some(position) = vm.name_entry(&dict, q::__slots__) {
        let slots = dict.entry(position).value;
        check_slots(vm, name, &dict, slots, &bases)?;
    }
    // Defining __eq__ without __hash__ makes instances unhashable (`__hash__ = None`).
    let hash_key = Value::qstr(q::__hash__);
    if vm.name_entry(&dict, q::__eq__).is_some() && vm.name_entry(&dict, q::__hash__).is_none() {
        dict.insert_new(vm.qstrs.hash(q::__hash__), hash_key, Value::NONE);
    }
    // No docstring: `__doc__` is None, not a base's (as CPython's `type.__new__`).
    if vm.name_entry(&dict, q::__doc__).is_none() {
        dict.insert_new(
            vm.qstrs.hash(q::__doc__),
            Value::qstr(q::__doc__),
            Value::NONE,
        );
    }
    let class = Class {
        name,
        qualname,
        module,
        bases: Box::default(),
        mro: Box::default(),
        dict,
        layout,
        builtin_base,
        metaclass,
        flags: 0,
        constructor: None,
        methods: &[],
        instance_size_hint: 0,
        serial: {
            vm.classes_made = vm.classes_made.wrapping_add(1);
            vm.classes_made
        },
    };
    let class_value = vm.alloc(Obj::Class(Box::new(class)))?;
    vm.push_root(class_value);
    let result = (|| {
        let mro = match linearize(vm, class_value, &bases) {
            Some(mro) => mro,
            None => return Err(mro_error(vm, &bases)),
        };
        if let Obj::Class(c) = vm.heap.get_mut(class_value) {
            if !(bases.len() == 1 && mro.get(1) == Some(&bases[0])) {
                c.bases = bases.clone().into_boxed_slice();
            }
            c.mro = mro.into_boxed_slice();
        }
        crate::obj::dunder::keep_builtin_dunders(vm, class_value)?;
        vm.refresh_class_flags(class_value);
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        let attributes: Vec<(Value, Value)> = match vm.heap.get(class_value) {
            Obj::Class(c) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (key, value) in attributes {
            if let Some(Obj::Instance(_)) = vm.heap_obj(value) {
                let value_class = vm.type_of(value);
                if let Some(set_name) = vm.class_lookup(value_class, q::__set_name__) {
                    if let Err(error) = vm.call(set_name, &[value, class_value, key], &[]) {
                        return Err(set_name_error(vm, error, value, key, class_value));
                    }
                }
            }
        }
        let parent_mro: Vec<Value> = match vm.heap.get(class_value) {
            Obj::Class(c) => c.mro[1..].to_vec(),
            _ => Vec::new(),
        };
        for ancestor in parent_mro {
            let hook = match vm.heap.get(ancestor) {
                Obj::Class(a) => vm
                    .name_entry(&a.dict, q::__init_subclass__)
                    .map(|position| a.dict.entry(position).value),
                _ => None,
            };
            if let Some(hook) = hook {
                match vm.heap_obj(hook) {
                    Some(Obj::ClassMethod(f)) => {
                        let f = *f;
                        vm.call(f, &[class_value], kwargs)?;
                    }
                    Some(Obj::Builtin(_)) => {
                        if !kwargs.is_empty() {
                            let class_name = match vm.heap.get(class_value) {
                                Obj::Class(c) => vm.str_text(c.qualname).map(String::from),
                                _ => None,
                            }
                            .unwrap_or_else(|| vm.class_name(class_value));
                            return Err(vm.type_error(format!(
                                "{class_name}.__init_subclass__() takes no keyword arguments"
                            )));
                        }
                    }
                    _ => {
                        vm.call(hook, &[class_value], kwargs)?;
                    }
                }
                break;
            }
        }
        Ok(class_value)
    })();
    vm.pop_root();
    result
}

/// CPython 3.11's wrapping of an error raised by `__set_name__` while a class is made: a
/// RuntimeError naming the descriptor, the attribute and the class, caused by `error`.
fn set_name_error(vm: &mut Vm, error: Value, value: Value, key: Value, class: Value) -> Value {
    if !vm.is_exception(error) || error == vm.memory_error {
        return error;
    }
    vm.push_root(error);
    let message = format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        vm.type_name(value),
        vm.repr(key).unwrap_or_default(),
        vm.class_name(class)
    );
    let wrapped = vm.runtime_error(message);
    vm.pop_root();
    if wrapped != vm.memory_error {
        if let Obj::Exception(e) = vm.heap.get_mut(wrapped) {
            e.cause = error;
            e.context = error;
            e.suppress_context = true;
        }
    }
    wrapped
}

/// `C.__bases__ = (...)`: checked as CPython's `type_set_bases` does (a non-empty tuple of
/// classes, no cycle, instances of the same make), then the MROs of the class and of every
/// class below it are worked out again; if one has no consistent order, all stay as they were.
pub(crate) fn set_bases(vm: &mut Vm, class: Value, value: Value) -> PyResult<()> {
    let class_name = vm.class_name(class);
    let new_bases: Vec<Value> = match vm.heap_obj(value) {
        Some(Obj::Tuple(items)) if !items.is_empty() => items.to_vec(),
        Some(Obj::Tuple(_)) => {
            return Err(vm.type_error(format!(
                "can only assign non-empty tuple to {class_name}.__bases__, not ()"
            )))
        }
        _ => {
            let kind = vm.type_name(value);
            return Err(vm.type_error(format!(
                "can only assign tuple to {class_name}.__bases__, not {kind}"
            )));
        }
    };
    for &base in &new_bases {
        if !matches!(vm.heap_obj(base), Some(Obj::Class(_))) {
            let kind = vm.type_name(base);
            return Err(vm.type_error(format!(
                "{class_name}.__bases__ must be tuple of classes, not '{kind}'"
            )));
        }
        if vm.is_subclass(base, class) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    // The instances must stay what they are: the same built-in value inside, and a Python
    // class's make (CPython's "deallocator") where there was one.
    let old_base = match vm.heap_obj(class) {
        Some(Obj::Class(c)) => c.bases().first().copied().unwrap_or(Value::NULL),
        _ => Value::NULL,
    };
    let new_base = new_bases[0];
    // (Built-in exceptions share one make, as most of CPython's do.)
    let exception = vm.types.base_exception;
    let make = |vm: &Vm, base: Value| match vm.heap.get(base) {
        Obj::Class(c) if c.layout == Layout::Exception => {
            let builtin = c.flags & class_flags::BUILTIN != 0;
            (if builtin { exception } else { Value::NULL }, exception)
        }
        Obj::Class(c) if c.flags & class_flags::BUILTIN != 0 => (base, base),
        Obj::Class(c) if c.builtin_base.is_null() => (Value::NULL, vm.types.object),
        Obj::Class(c) => (Value::NULL, c.builtin_base),
        _ => (Value::NULL, Value::NULL),
    };
    let ((old_builtin, old_layout), (new_builtin, new_layout)) =
        (make(vm, old_base), make(vm, new_base));
    if old_builtin != new_builtin || old_layout != new_layout {
        let (new_name, old_name) = (vm.class_name(new_base), vm.class_name(old_base));
        let what = if old_builtin != new_builtin {
            "deallocator"
        } else {
            "object layout"
        };
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{new_name}' {what} differs from '{old_name}'"
        )));
    }
    // The class, then the classes below it oldest first, each from its own (kept) bases.
    let mut affected: Vec<(u32, Value, Vec<Value>)> = vm
        .heap
        .classes()
        .filter_map(|other| match vm.heap.get(other) {
            Obj::Class(c) if other != class && c.mro.contains(&class) => {
                Some((c.serial, other, c.bases().to_vec()))
            }
            _ => None,
        })
        .collect();
    crate::sort::sort_unstable_by(&mut affected, |a, b| a.0 < b.0);
    affected.insert(0, (0, class, new_bases));
    // Each class changed, with the bases and MRO it had.
    type Saved = (Value, Box<[Value]>, Box<[Value]>);
    let mut saved: Vec<Saved> = Vec::new();
    for (_, target, bases) in affected {
        let Some(mro) = linearize(vm, target, &bases) else {
            for (target, bases, mro) in saved.into_iter().rev() {
                if let Obj::Class(c) = vm.heap.get_mut(target) {
                    c.bases = bases;
                    c.mro = mro;
                }
            }
            return Err(mro_error(vm, &bases));
        };
        if let Obj::Class(c) = vm.heap.get_mut(target) {
            let bases = bases.into_boxed_slice();
            let old_bases = core::mem::replace(&mut c.bases, bases);
            let old_mro = core::mem::replace(&mut c.mro, mro.into_boxed_slice());
            saved.push((target, old_bases, old_mro));
        }
    }
    for (target, _, _) in saved {
        vm.refresh_class_flags(target);
    }
    Ok(())
}

/// The TypeError for bases in no consistent order (CPython's message has the line break).
fn mro_error(vm: &mut Vm, bases: &[Value]) -> Value {
    let names: Vec<String> = bases.iter().map(|&b| vm.class_name(b)).collect();
    vm.type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}

/// C3 linearization of `class` with `bases`; None if no consistent order exists.
fn linearize(vm: &Vm, class: Value, bases: &[Value]) -> Option<Vec<Value>> {
    let mut sequences: Vec<Vec<Value>> = Vec::new();
    for &base in bases {
        if let Some(Obj::Class(b)) = vm.heap_obj(base) {
            sequences.push(b.mro.to_vec());
        }
    }
    sequences.push(bases.to_vec());
    let mut result = alloc::vec![class];
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Some(result);
        }
        let candidate = sequences
            .iter()
            .map(|s| s[0])
            .find(|&head| !sequences.iter().any(|s| s[1..].contains(&head)))?;
        result.push(candidate);
        for sequence in sequences.iter_mut() {
            if sequence[0] == candidate {
                sequence.remove(0);
            }
        }
    }
}

/// A fresh instance of `class` without running `__init__` (`object.__new__`).
pub fn instantiate_bare(vm: &mut Vm, class: Value) -> PyResult<Value> {
    let (layout, builtin_base) = match vm.heap_obj(class) {
        Some(Obj::Class(c)) => (c.layout, c.builtin_base),
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
    };
    match layout {
        Layout::Exception => {
            let args = vm.types.empty_tuple;
            vm.alloc(Obj::exception(class, args, Dict::new()))
        }
        Layout::Wrapped => {
            let constructor = match vm.heap_obj(builtin_base) {
                Some(Obj::Class(c)) => c.constructor,
                _ => None,
            };
            let base = match constructor {
                Some(constructor) => constructor(vm, &[builtin_base], &[])?,
                None => Value::NONE,
            };
            vm.alloc(Obj::Instance(Box::new(Instance {
                class,
                dict: Dict::new(),
                base,
            })))
        }
        Layout::Type => {
            let name = vm.class_name(class);
            Err(vm.type_error(format!(
                "object.__new__({name}) is not safe, use {name}.__new__()"
            )))
        }
        _ => vm.alloc(Obj::Instance(Box::new(Instance {
            class,
            dict: Dict::new(),
            base: Value::NULL,
        }))),
    }
}

/// The check at the head of a built-in type's own `__new__` (`int.__new__(cls, …)`): `cls`
/// must be given and be `base` or a subclass of it. `base_name` is `base`'s name.
pub fn check_new_subtype(
    vm: &mut Vm,
    args: &[Value],
    base: Value,
    base_name: &str,
) -> PyResult<()> {
    let Some(&class) = args.first() else {
        return Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments")));
    };
    if !matches!(vm.heap_obj(class), Some(Obj::Class(_))) {
        let name = vm.type_name(class);
        return Err(vm.type_error(format!(
            "{base_name}.__new__(X): X is not a type object ({name})"
        )));
    }
    if !vm.is_subclass(class, base) {
        let name = vm.class_name(class);
        return Err(vm.type_error(format!(
            "{base_name}.__new__({name}): {name} is not a subtype of {base_name}"
        )));
    }
    Ok(())
}

/// Wraps a built-in value in an instance of `class` (a subclass of its type), for
/// `int.__new__(cls, x)` and friends.
pub fn wrap_builtin(vm: &mut Vm, class: Value, base: Value) -> PyResult<Value> {
    let is_builtin =
        matches!(vm.heap_obj(class), Some(Obj::Class(c)) if c.flags & class_flags::BUILTIN != 0);
    if is_builtin {
        return Ok(base);
    }
    vm.alloc(Obj::Instance(Box::new(Instance {
        class,
        dict: Dict::new(),
        base,
    })))
}

/// `super(cls, obj)`.
pub fn construct_super(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(&class) = args.get(1) {
        if !matches!(vm.heap_obj(class), Some(Obj::Class(_))) {
            let name = vm.type_name(class);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {name}")));
        }
    }
    if args.len() != 3 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let (class, this) = (args[1], args[2]);
    let valid = vm.isinstance(this, class)
        || (matches!(vm.heap_obj(this), Some(Obj::Class(_))) && vm.is_subclass(this, class));
    if !valid {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    vm.alloc(Obj::Super(Box::new([class, this])))
}

fn mro(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "mro")?;
    let mro = match vm.heap_obj(this) {
        Some(Obj::Class(c)) => c.mro.to_vec(),
        _ => return Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    };
    vm.new_list(mro)
}

/// `type.__subclasses__()`: the live classes with this one among their bases, oldest first
/// (a collection first, so that classes no longer reachable are not listed).
fn subclasses(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__subclasses__")?;
    crate::modules::builtins::check_method_args(vm, "__subclasses__", args, 0, 0)?;
    if !matches!(vm.heap_obj(this), Some(Obj::Class(_))) {
        let name = vm.type_name(this);
        return Err(vm.type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{name}' object"
        )));
    }
    vm.collect_garbage();
    let mut found: Vec<(u32, Value)> = vm
        .heap
        .classes()
        .filter_map(|class| match vm.heap.get(class) {
            Obj::Class(c) if c.bases().contains(&this) => Some((c.serial, class)),
            _ => None,
        })
        .collect();
    // (The runtime's own small sort: core's would add ~7 KB of flash.)
    crate::sort::sort_unstable_by(&mut found, |a, b| (a.0, a.1.raw()) < (b.0, b.1.raw()));
    vm.new_list(found.into_iter().map(|(_, class)| class).collect())
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("mro", mro),
    Builtin::with_keywords("__new__", new_class),
    Builtin::with_keywords("__init__", type_init),
    Builtin::with_keywords("__call__", type_call),
    Builtin::with_keywords("__prepare__", type_prepare),
    Builtin::new("__subclasses__", subclasses),
];

impl Vm {
    /// A NotImplementedError with a message (unsupported features).
    pub fn not_implemented(&mut self, message: &str) -> Value {
        let class = self.exception_class(q::NotImplementedError);
        self.new_exception_msg(class, message)
    }
}
