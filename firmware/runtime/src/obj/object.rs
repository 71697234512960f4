//! `object`: the root class and its default methods.

use crate::compile::opcode::compare;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `object()`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // A subclass's own `__init__` takes what `object.__new__` is given for it.
    if args.len() > 1 || (!kwargs.is_empty() && args.first() == Some(&vm.types.object)) {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let class = args[0];
    vm.alloc(crate::obj::Obj::Instance(alloc::boxed::Box::new(
        crate::obj::Instance {
            class,
            dict: crate::obj::Dict::new(),
            base: Value::NULL,
        },
    )))
}

/// `object.__init__(self)`.
fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    let class = vm.type_of(this);
    check_no_arguments(vm, class, args.len() > 1 || !kwargs.is_empty(), INIT)?;
    Ok(Value::NONE)
}

/// `object.__init__` (`own` is `INIT`) and `object.__new__` (`NEW`) take no arguments but
/// the instance or the class, unless the class has the other of the two of its own to take
/// them and not this one, as in CPython.
fn check_no_arguments(vm: &mut Vm, class: Value, extra: bool, own: usize) -> PyResult<()> {
    if !extra || !is_plain_class(vm, class) {
        return Ok(());
    }
    let names = [crate::qstr::q::__init__, crate::qstr::q::__new__];
    let other = 1 - own;
    if !inherits_object_method(vm, class, names[own], own) {
        return Err(vm.type_error(if own == INIT {
            "object.__init__() takes exactly one argument (the instance to initialize)"
        } else {
            "object.__new__() takes exactly one argument (the type to instantiate)"
        }));
    }
    if inherits_object_method(vm, class, names[other], other) {
        let name = vm.class_name(class);
        return Err(vm.type_error(alloc::format!("{name}() takes no arguments")));
    }
    Ok(())
}

/// `class` finds `object`'s own `name` (`METHODS[index]`), not an override.
fn inherits_object_method(vm: &Vm, class: Value, name: crate::qstr::Qstr, index: usize) -> bool {
    vm.class_lookup(class, name).is_none_or(
        |v| matches!(vm.heap_obj(v), Some(Obj::Builtin(b)) if core::ptr::eq(*b, &METHODS[index])),
    )
}

/// A Python class whose instances are plain objects (no built-in base but `object`, no
/// exception): `object`'s `__init__` and `__new__` stand in for the built-in classes' own.
fn is_plain_class(vm: &Vm, class: Value) -> bool {
    matches!(vm.heap_obj(class), Some(Obj::Class(c))
        if c.flags & crate::obj::class_flags::BUILTIN == 0
            && matches!(c.layout, crate::obj::Layout::Object))
}

/// Where `__init__` and `__new__` are in `METHODS`.
const INIT: usize = 0;
const NEW: usize = 1;

/// `object.__new__(cls)`: a bare instance of a Python class. It also stands for the built-in
/// classes' own `__new__` (`list.__new__(list)`), which Pyrite's classes do not have apart:
/// a mutable container comes back empty (its `__init__` fills it), an immutable value is
/// made from the arguments (`float.__new__(float, '2.5')`).
fn new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&class) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let constructor = match vm.heap_obj(class) {
        Some(Obj::Class(c)) if c.flags & crate::obj::class_flags::BUILTIN != 0 => c.constructor,
        _ => None,
    };
    let types = &vm.types;
    let mutable =
        |base: Value| [types.list, types.dict, types.set, types.bytearray].contains(&base);
    if let Some(constructor) = constructor.filter(|_| class != vm.types.object) {
        return if mutable(class) {
            constructor(vm, &args[..1], &[])
        } else {
            constructor(vm, args, kwargs)
        };
    }
    // A Python subclass of an immutable built-in type (`super().__new__(cls, 2.5)` in
    // `class F(float)`): the value is made from the arguments now, wrapped in `cls` by the
    // type's constructor.
    if let Some(Obj::Class(c)) = vm.heap_obj(class) {
        let base = c.builtin_base;
        if let Some(Obj::Class(b)) = vm.heap_obj(base) {
            if let Some(constructor) = b.constructor.filter(|_| !mutable(base)) {
                if args.len() > 1 || !kwargs.is_empty() {
                    return constructor(vm, args, kwargs);
                }
            }
        }
    }
    // A plain class: arguments are for an `__init__` of its own, if it has one.
    check_no_arguments(vm, class, args.len() > 1 || !kwargs.is_empty(), NEW)?;
    crate::obj::class::instantiate_bare(vm, class)
}

/// `NoneType()`, `type(...)()`, `type(NotImplemented)()`: the one value of the class.
pub fn construct_singleton(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let class = args.first().copied().unwrap_or(Value::NULL);
    // (CPython's message calls `ellipsis` by its `types` name.)
    let (value, name) = if class == vm.types.not_implemented_type {
        (Value::NOT_IMPLEMENTED, "NotImplementedType")
    } else if class == vm.types.ellipsis_type {
        (Value::ELLIPSIS, "EllipsisType")
    } else {
        (Value::NONE, "NoneType")
    };
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(vm.type_error(alloc::format!("{name} takes no arguments")));
    }
    Ok(value)
}

/// Whether `this` is a built-in value with operators, or an instance of a subclass of one's
/// type: `int.__eq__` (which finds `object`'s) works on its built-in part. Functions, classes
/// and modules compare as objects do, by identity.
fn has_builtin_part(vm: &Vm, this: Value) -> bool {
    crate::obj::dunder::has_dunders(vm, vm.builtin_part(this))
}

fn eq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() == 2 && has_builtin_part(vm, args[0]) {
        return crate::obj::dunder::builtin_equality(vm, args, true);
    }
    if args.len() == 2 && args[0] == args[1] {
        Ok(Value::TRUE)
    } else {
        Ok(Value::NOT_IMPLEMENTED)
    }
}

/// `object.__ne__`: the inverse of what `type(self).__eq__` says, NotImplemented when it
/// does not know (the reflected operand is the operator's business, not this method's).
fn ne(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if has_builtin_part(vm, args[0]) {
        return crate::obj::dunder::builtin_equality(vm, args, false);
    }
    let class = vm.type_of(args[0]);
    let result = match vm.class_lookup(class, crate::qstr::q::__eq__) {
        Some(method) => vm.call(method, &[args[0], args[1]], &[])?,
        None => Value::NOT_IMPLEMENTED,
    };
    if result == Value::NOT_IMPLEMENTED {
        return Ok(result);
    }
    let truth = vm.is_true(result)?;
    Ok(Value::bool(!truth))
}

/// `object.__lt__`, `__le__`, `__gt__`, `__ge__`: objects have no order of their own
/// (NotImplemented); a built-in value's part has its type's (`(1).__lt__(2)` finds these).
fn order(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    if args.len() == 2 && has_builtin_part(vm, args[0]) {
        return crate::obj::dunder::builtin_order(vm, args, op);
    }
    crate::modules::builtins::check_method_args(vm, "comparison", args, 1, 1)?;
    Ok(Value::NOT_IMPLEMENTED)
}

fn lt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    order(vm, args, compare::LT)
}

fn le(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    order(vm, args, compare::LE)
}

fn gt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    order(vm, args, compare::GT)
}

fn ge(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    order(vm, args, compare::GE)
}

fn hash(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__hash__", args, 1, 1)?;
    let part = vm.builtin_part(args[0]);
    if !vm.is_user_object(part) {
        let h = vm.py_hash(part)?;
        return vm.new_int(h);
    }
    vm.new_int((args[0].raw() >> 2) as i64)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__repr__", args, 1, 1)?;
    // `super().__repr__()` in a subclass of a built-in type (`list.__repr__` finds this one
    // on the MRO) shows the built-in part.
    let part = vm.builtin_part(args[0]);
    if !vm.is_user_object(part) {
        let text = vm.repr(part)?;
        return vm.new_string(text);
    }
    let class = vm.type_of(args[0]);
    let module = match vm.heap_obj(class) {
        Some(crate::obj::Obj::Class(c)) => {
            alloc::string::String::from(vm.str_text(c.module).unwrap_or("__main__"))
        }
        _ => alloc::string::String::from("__main__"),
    };
    let name = vm.class_name(class);
    vm.new_string(alloc::format!(
        "<{module}.{name} object at 0x{:08x}>",
        args[0].raw()
    ))
}

fn str(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__str__", args, 1, 1)?;
    // `str.__str__` finds this one on the MRO: a str is its own text, and a str subclass's
    // is its str part.
    let part = vm.builtin_part(args[0]);
    if vm.str_text(part).is_some() {
        return Ok(part);
    }
    let text = vm.repr(args[0])?;
    vm.new_string(text)
}

fn format(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__format__", args, 2, 2)?;
    // `int.__format__` and friends find this one on the MRO: a built-in value (or the
    // built-in part of an instance) formats as its type does.
    let part = vm.builtin_part(args[0]);
    if !matches!(vm.heap_obj(part), Some(Obj::Instance(_) | Obj::Class(_))) {
        // An empty spec is `str(self)`, as CPython's int, float and str `__format__`: a
        // subclass's own `__str__` shows (IntEnum members with a `__str__`).
        if part != args[0] && vm.str_text(args[1]) == Some("") {
            let text = vm.str(args[0])?;
            return vm.new_string(text);
        }
        if let Some(spec) = vm.str_text(args[1]).map(alloc::string::String::from) {
            let text = vm.format(part, &spec)?;
            return vm.new_string(text);
        }
    }
    if vm.str_text(args[1]).is_some_and(|s| !s.is_empty()) {
        let name = vm.type_name(args[0]);
        return Err(vm.type_error(alloc::format!(
            "unsupported format string passed to {name}.__format__"
        )));
    }
    let text = vm.str(args[0])?;
    vm.new_string(text)
}

fn setattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__setattr__", args, 3, 3)?;
    let Some(name) = vm.as_name(args[1])? else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.object_setattr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn getattribute(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__getattribute__", args, 2, 2)?;
    let Some(name) = vm.as_name(args[1])? else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.object_getattribute(args[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(args[0], name)),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__delattr__", args, 2, 2)?;
    let Some(name) = vm.as_name(args[1])? else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.object_delattr(args[0], name)?;
    Ok(Value::NONE)
}

fn init_subclass(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `object.__sizeof__()`: the object's heap slot and what it owns besides.
fn sizeof(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__sizeof__", args, 1, 1)?;
    let bytes = match vm.heap_obj(args[0]) {
        Some(object) => core::mem::size_of::<crate::obj::Obj>() + object.extra_bytes(),
        None => core::mem::size_of::<Value>(),
    };
    vm.new_int(bytes as i64)
}

pub static METHODS: &[Builtin] = &[
    Builtin::with_keywords("__init__", init),
    Builtin::with_keywords("__new__", new),
    Builtin::new("__eq__", eq),
    Builtin::new("__ne__", ne),
    Builtin::new("__lt__", lt),
    Builtin::new("__le__", le),
    Builtin::new("__gt__", gt),
    Builtin::new("__ge__", ge),
    Builtin::new("__hash__", hash),
    Builtin::new("__repr__", repr),
    Builtin::new("__str__", str),
    Builtin::new("__format__", format),
    Builtin::new("__setattr__", setattr),
    Builtin::new("__getattribute__", getattribute),
    Builtin::new("__delattr__", delattr),
    Builtin::new("__init_subclass__", init_subclass),
    Builtin::new("__sizeof__", sizeof),
];
