//! `types.GenericAlias` and `types.UnionType`: what `list[int]` (PEP 585) and `int | None`
//! (PEP 604) evaluate to, mostly in annotations.
//!
//! Both classes are made the first time a program subscripts a generic built-in class or
//! joins two types with `|`. Their instances keep `__origin__`, `__args__` and
//! `__parameters__` (always `()`: type variables are `typing`'s placeholders) in their dict.
//! An alias calls, and reads other attributes through, its origin; `class C(list[int])`
//! derives from `list` through `__mro_entries__` (`obj/class.rs`). `isinstance` and
//! `issubclass` take a union as the tuple of its members (`modules/builtins.rs`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{Builtin, Dict, Instance, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The `GenericAlias` class, made on first use.
fn alias_class(vm: &mut Vm) -> PyResult<Value> {
    if vm.types.generic_alias.is_null() {
        let object = vm.types.object;
        let class = crate::modules::sys::new_class(
            vm,
            "GenericAlias",
            "types",
            object,
            ALIAS_METHODS,
            Some(&ALIAS_INIT),
        )?;
        vm.types.generic_alias = class;
    }
    Ok(vm.types.generic_alias)
}

/// The `UnionType` class, made on first use.
fn union_class(vm: &mut Vm) -> PyResult<Value> {
    if vm.types.union_type.is_null() {
        let object = vm.types.object;
        let class =
            crate::modules::sys::new_class(vm, "UnionType", "types", object, UNION_METHODS, None)?;
        vm.types.union_type = class;
    }
    Ok(vm.types.union_type)
}

fn is_instance_of(vm: &Vm, v: Value, class: Value) -> bool {
    !class.is_null() && matches!(vm.heap_obj(v), Some(Obj::Instance(i)) if i.class == class)
}

pub fn is_alias(vm: &Vm, v: Value) -> bool {
    is_instance_of(vm, v, vm.types.generic_alias)
}

pub fn is_union(vm: &Vm, v: Value) -> bool {
    is_instance_of(vm, v, vm.types.union_type)
}

/// `name` from an alias's or union's dict (None when it is missing).
fn part(vm: &mut Vm, v: Value, name: &str) -> Value {
    let name = vm.qstrs.intern(name);
    match vm.heap_obj(v) {
        Some(Obj::Instance(instance)) => vm.instance_lookup(instance, name).unwrap_or(Value::NONE),
        _ => Value::NONE,
    }
}

/// The `__args__` of an alias or a union, as a vector.
pub fn union_members(vm: &mut Vm, union: Value) -> Vec<Value> {
    let args = part(vm, union, "__args__");
    match vm.heap_obj(args) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// Stores an alias's or a union's parts in `object`'s dict: `__origin__` (aliases only),
/// `__args__` and an empty `__parameters__`.
fn set_parts(vm: &mut Vm, object: Value, origin: Option<Value>, args: Value) -> PyResult<()> {
    let parameters = vm.types.empty_tuple;
    let parts = [
        ("__origin__", origin),
        ("__args__", Some(args)),
        ("__parameters__", Some(parameters)),
    ];
    for (name, value) in parts {
        if let Some(value) = value {
            let name = vm.qstrs.intern(name);
            vm.store_attr(object, name, value)?;
        }
    }
    Ok(())
}

/// An alias's `__args__` for `origin[item]`: `item` if a tuple, else a tuple of it.
fn args_tuple(vm: &mut Vm, item: Value) -> PyResult<Value> {
    match vm.heap_obj(item) {
        Some(Obj::Tuple(_)) => Ok(item),
        _ => vm.new_tuple(alloc::vec![item]),
    }
}

/// `origin[item]` for a generic class: an alias whose `__args__` is `item` (a tuple stays one).
pub fn new_alias(vm: &mut Vm, origin: Value, item: Value) -> PyResult<Value> {
    let args = args_tuple(vm, item)?;
    new_typing_object(vm, alias_class, Some(origin), args)
}

/// An instance of the class `make_class` gives (an alias with `origin`, or a union), with
/// its parts (`set_parts`).
fn new_typing_object(
    vm: &mut Vm,
    make_class: fn(&mut Vm) -> PyResult<Value>,
    origin: Option<Value>,
    args: Value,
) -> PyResult<Value> {
    vm.push_root(args);
    let result = (|| {
        let class = make_class(vm)?;
        let object = vm.alloc(Obj::Instance(alloc::boxed::Box::new(Instance {
            class,
            dict: Dict::new(),
            base: Value::NULL,
        })))?;
        vm.push_root(object);
        let stored = set_parts(vm, object, origin, args);
        vm.pop_root();
        stored.map(|()| object)
    })();
    vm.pop_root();
    result
}

/// `types.GenericAlias(origin, args)`.
fn alias_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    crate::modules::builtins::check_method_args(vm, "GenericAlias", args, 2, 2)?;
    let items = args_tuple(vm, args[2])?;
    set_parts(vm, args[0], Some(args[1]), items)?;
    Ok(Value::NONE)
}

// Not named `__init__`: a native `__init__` is taken for `object`'s (`vm/call.rs`).
static ALIAS_INIT: Builtin = Builtin::with_keywords("GenericAlias", alias_init);

/// Can `v` be a member of a union: a class, None, an alias or a union.
fn unionable(vm: &Vm, v: Value) -> bool {
    v.is_none()
        || matches!(vm.heap_obj(v), Some(Obj::Class(_)))
        || is_alias(vm, v)
        || is_union(vm, v)
}

/// `a | b` for types: a union of both (flattened, without repeats), the one type when both
/// are the same, or None when an operand cannot be in a union.
#[inline(never)]
#[cold]
pub fn union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    // (`None | None`: neither side is a type, so no union: TypeError.)
    if !unionable(vm, a) || !unionable(vm, b) || (a.is_none() && b.is_none()) {
        return Ok(None);
    }
    let mut members: Vec<Value> = Vec::new();
    for operand in [a, b] {
        let parts = if is_union(vm, operand) {
            union_members(vm, operand)
        } else if operand.is_none() {
            alloc::vec![vm.types.none_type]
        } else {
            alloc::vec![operand]
        };
        for member in parts {
            let mut seen = false;
            for &other in &members {
                if other == member || vm.eq(other, member)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(member);
            }
        }
    }
    if let [only] = members[..] {
        return Ok(Some(only));
    }
    let args = vm.new_tuple(members)?;
    new_typing_object(vm, union_class, None, args).map(Some)
}

/// How a type reads inside an alias's or union's repr: `int`, `module.Class`, `...`, `None`.
fn type_repr(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    if v == Value::ELLIPSIS {
        out.push_str("...");
        return Ok(());
    }
    if v == vm.types.none_type {
        out.push_str("None");
        return Ok(());
    }
    if let Some(Obj::Class(class)) = vm.heap_obj(v) {
        let (module, qualname) = (class.module, class.qualname);
        let module = String::from(vm.str_text(module).unwrap_or("builtins"));
        if module != "builtins" {
            out.push_str(&module);
            out.push('.');
        }
        out.push_str(vm.str_text(qualname).unwrap_or("?"));
        return Ok(());
    }
    out.push_str(&vm.repr(v)?);
    Ok(())
}

fn alias_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__repr__")?;
    let alias = this;
    let origin = part(vm, alias, "__origin__");
    let items = union_members(vm, alias);
    let mut out = String::new();
    type_repr(vm, origin, &mut out)?;
    out.push('[');
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        type_repr(vm, item, &mut out)?;
    }
    out.push(']');
    vm.new_string(out)
}

/// Calling an alias calls its origin (`list[int]()` is `[]`).
fn alias_call(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__call__")?;
    let origin = part(vm, this, "__origin__");
    vm.call(origin, &args[1..], kwargs)
}

/// `__mro_entries__(bases)`: a class deriving from `list[int]` derives from `list`.
fn alias_mro_entries(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__mro_entries__")?;
    let origin = part(vm, this, "__origin__");
    vm.new_tuple(alloc::vec![origin])
}

/// Other attributes come from the origin (`list[int].append`), except the alias's own.
fn alias_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__getattr__")?;
    let name = match args.get(1) {
        Some(&name) => name,
        None => return Err(vm.type_error("__getattr__ expected 1 argument")),
    };
    let text = String::from(vm.str_text(name).unwrap_or(""));
    let own = matches!(
        text.as_str(),
        "__origin__"
            | "__args__"
            | "__parameters__"
            | "__mro_entries__"
            | "__reduce__"
            | "__copy__"
            | "__deepcopy__"
    );
    if !own {
        if let Some(name) = vm.as_name(name)? {
            let origin = part(vm, this, "__origin__");
            return vm.load_attr(origin, name);
        }
    }
    Err(vm.attribute_error_text(&alloc::format!(
        "'types.GenericAlias' object has no attribute '{text}'"
    )))
}

fn alias_getitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__getitem__")?;
    let text = vm.repr(this)?;
    Err(vm.type_error(alloc::format!("{text} is not a generic class")))
}

/// Aliases are equal when origin and arguments are; unions when they have the same members.
fn parts_eq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "__eq__", args, 1, 1)?;
    let (a, b) = (args[0], args[1]);
    if is_alias(vm, a) && is_alias(vm, b) {
        let (origin_a, origin_b) = (part(vm, a, "__origin__"), part(vm, b, "__origin__"));
        let (args_a, args_b) = (part(vm, a, "__args__"), part(vm, b, "__args__"));
        let equal = vm.eq(origin_a, origin_b)? && vm.eq(args_a, args_b)?;
        return Ok(Value::bool(equal));
    }
    if is_union(vm, a) && is_union(vm, b) {
        let (members_a, members_b) = (union_members(vm, a), union_members(vm, b));
        let mut equal = members_a.len() == members_b.len();
        for &member in &members_a {
            if !equal {
                break;
            }
            let mut found = false;
            for &other in &members_b {
                if vm.eq(member, other)? {
                    found = true;
                    break;
                }
            }
            equal = found;
        }
        return Ok(Value::bool(equal));
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn alias_hash(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__hash__")?;
    let (origin, items) = (part(vm, this, "__origin__"), part(vm, this, "__args__"));
    let hash = vm.py_hash(origin)? ^ vm.py_hash(items)?;
    vm.new_int(hash)
}

/// A union's hash does not depend on its members' order.
fn union_hash(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__hash__")?;
    let mut hash = 0x345678i64;
    for member in union_members(vm, this) {
        hash ^= vm.py_hash(member)?;
    }
    vm.new_int(hash)
}

fn union_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__repr__")?;
    let mut out = String::new();
    for (i, member) in union_members(vm, this).into_iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        type_repr(vm, member, &mut out)?;
    }
    vm.new_string(out)
}

fn or(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "__or__", args, 1, 1)?;
    Ok(union(vm, args[0], args[1])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn ror(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "__ror__", args, 1, 1)?;
    Ok(union(vm, args[1], args[0])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

static ALIAS_METHODS: &[Builtin] = &[
    Builtin::new("__repr__", alias_repr),
    Builtin::with_keywords("__call__", alias_call),
    Builtin::new("__mro_entries__", alias_mro_entries),
    Builtin::new("__getattr__", alias_getattr),
    Builtin::new("__getitem__", alias_getitem),
    Builtin::new("__eq__", parts_eq),
    Builtin::new("__hash__", alias_hash),
    Builtin::new("__or__", or),
    Builtin::new("__ror__", ror),
];

static UNION_METHODS: &[Builtin] = &[
    Builtin::new("__repr__", union_repr),
    Builtin::new("__eq__", parts_eq),
    Builtin::new("__hash__", union_hash),
    Builtin::new("__or__", or),
    Builtin::new("__ror__", ror),
];

/// Is `class` generic (subscripting it makes an alias): the built-in containers, `type`,
/// `enumerate`, and the library's generic classes, with their subclasses.
pub fn is_generic_class(vm: &mut Vm, class: Value) -> bool {
    let t = &vm.types;
    let generic = [
        t.list,
        t.dict,
        t.tuple,
        t.set,
        t.frozenset,
        t.type_,
        t.enumerate,
    ];
    if generic.iter().any(|&base| vm.is_subclass(class, base)) {
        return true;
    }
    let mro: Vec<Value> = match vm.heap_obj(class) {
        Some(Obj::Class(c)) => c.mro.to_vec(),
        _ => return false,
    };
    mro.into_iter().any(|class| {
        let Some(Obj::Class(c)) = vm.heap_obj(class) else {
            return false;
        };
        let module = vm.str_text(c.module).unwrap_or("");
        matches!(
            (module, vm.qstrs.text(c.name)),
            ("collections", "deque") | ("re", "Pattern" | "Match")
        )
    })
}
