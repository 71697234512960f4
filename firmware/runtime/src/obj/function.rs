//! Function wrappers: `property`, `classmethod`, `staticmethod`; and what functions themselves
//! have as methods (`__get__`).

use alloc::boxed::Box;

use crate::modules::builtins::{check_args, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The parts `property(fget=None, fset=None, fdel=None, doc=None)` takes (the getter's
/// `__doc__` when no doc is given).
fn property_parts(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<[Value; 4]> {
    check_args(vm, "property", args, 0, 4)?;
    let mut parts = [Value::NONE; 4];
    for (i, &v) in args.iter().enumerate() {
        parts[i] = v;
    }
    for (i, name) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(v) = kwarg(vm, kwargs, name) {
            parts[i] = v;
        }
    }
    if parts[3].is_none() && !parts[0].is_none() {
        if let Ok(Some(doc)) = vm.load_attr_optional(parts[0], crate::qstr::q::__doc__) {
            parts[3] = doc;
        }
    }
    Ok(parts)
}

/// `property(...)`; a subclass's instance starts empty and its `__init__` (property's, or
/// one calling it through `super()`) takes the arguments, as in CPython.
pub fn construct_property(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if args[0] != vm.types.property {
        let empty = vm.alloc(Obj::Property(Box::new([Value::NONE; 4])))?;
        return crate::obj::class::wrap_builtin(vm, args[0], empty);
    }
    let parts = property_parts(vm, &args[1..], kwargs)?;
    vm.alloc(Obj::Property(Box::new(parts)))
}

/// The parts of the property in `args[0]` (a property, or a subclass's instance).
fn parts_of(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<[Value; 4]> {
    let this = crate::modules::builtins::receiver(vm, args, name)?;
    let part = vm.builtin_part(this);
    match vm.heap_obj(part) {
        Some(Obj::Property(p)) => Ok(**p),
        _ => Err(vm.type_error(alloc::format!(
            "descriptor '{name}' requires a 'property' object"
        ))),
    }
}

/// `property.__init__`: (re)sets the parts of a subclass's instance.
fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    parts_of(vm, args, "__init__")?;
    let parts = property_parts(vm, &args[1..], kwargs)?;
    let part = vm.builtin_part(args[0]);
    if let Obj::Property(p) = vm.heap.get_mut(part) {
        **p = parts;
    }
    Ok(Value::NONE)
}

/// `getter`/`setter`/`deleter`: a copy with one part replaced, of the same class (a
/// subclass is called with the four parts, as CPython's `property_copy` does).
fn with_part(vm: &mut Vm, args: &[Value], index: usize) -> PyResult<Value> {
    let name = ["getter", "setter", "deleter"][index];
    let mut parts = parts_of(vm, args, name)?;
    check_args(vm, name, args, 2, 2)?;
    parts[index] = args[1];
    if vm.builtin_part(args[0]) != args[0] {
        let class = vm.type_of(args[0]);
        return vm.call(class, &parts, &[]);
    }
    vm.alloc(Obj::Property(Box::new(parts)))
}

fn getter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    with_part(vm, args, 0)
}

fn setter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    with_part(vm, args, 1)
}

fn deleter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    with_part(vm, args, 2)
}

fn get(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = parts_of(vm, args, "__get__")?;
    check_args(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    if parts[0].is_none() {
        let type_name = vm.type_name(args[1]);
        return Err(vm.attribute_error_text(&alloc::format!(
            "property of '{type_name}' object has no getter"
        )));
    }
    vm.call(parts[0], &[args[1]], &[])
}

/// `__set__` and `__delete__`: what a subclass's instances do as data descriptors.
fn set(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = parts_of(vm, args, "__set__")?;
    check_args(vm, "__set__", args, 3, 3)?;
    call_part(vm, parts[1], &args[1..], "setter")
}

fn delete(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = parts_of(vm, args, "__delete__")?;
    check_args(vm, "__delete__", args, 2, 2)?;
    call_part(vm, parts[2], &args[1..], "deleter")
}

fn call_part(vm: &mut Vm, function: Value, args: &[Value], what: &str) -> PyResult<Value> {
    if function.is_none() {
        let type_name = vm.type_name(args[0]);
        return Err(vm.attribute_error_text(&alloc::format!(
            "property of '{type_name}' object has no {what}"
        )));
    }
    vm.call(function, args, &[])?;
    Ok(Value::NONE)
}

pub static PROPERTY_METHODS: &[Builtin] = &[
    Builtin::new("getter", getter),
    Builtin::new("setter", setter),
    Builtin::new("deleter", deleter),
    Builtin::new("__get__", get),
    Builtin::new("__set__", set),
    Builtin::new("__delete__", delete),
    Builtin::with_keywords("__init__", init),
];

pub fn construct_classmethod(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "classmethod", &args[1..], 1, 1)?;
    vm.alloc(Obj::ClassMethod(args[1]))
}

pub fn construct_staticmethod(
    vm: &mut Vm,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    check_args(vm, "staticmethod", &args[1..], 1, 1)?;
    vm.alloc(Obj::StaticMethod(args[1]))
}

/// `method(function, instance)` (`types.MethodType`): `function` bound to `instance`.
pub fn construct_method(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "method", &args[1..], 2, 2)?;
    if !crate::modules::builtins::is_callable(vm, args[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    vm.alloc(Obj::BoundMethod(Box::new([args[2], args[1]])))
}

/// `function.__get__(instance, owner=None)`: functions are descriptors; bound to `instance`,
/// or the function itself when read from the class.
fn function_get(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__get__", &args[1..], 1, 2)?;
    let (function, instance) = (args[0], args[1]);
    if instance.is_none() {
        return Ok(function);
    }
    vm.alloc(Obj::BoundMethod(Box::new([instance, function])))
}

pub static FUNCTION_METHODS: &[Builtin] = &[Builtin::new("__get__", function_get)];

/// `classmethod.__get__` / `staticmethod.__get__(instance, owner=None)`: the function bound
/// to the class (`owner`, or the instance's class), or the plain function.
fn wrapper_get(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__get__", &args[1..], 1, 2)?;
    match vm.heap_obj(args[0]) {
        Some(Obj::ClassMethod(function)) => {
            let function = *function;
            let owner = match args.get(2) {
                Some(&owner) if !owner.is_none() => owner,
                _ => vm.class_of(args[1])?,
            };
            vm.alloc(Obj::BoundMethod(Box::new([owner, function])))
        }
        Some(Obj::StaticMethod(function)) => Ok(*function),
        _ => Err(vm.type_error("descriptor '__get__' needs a classmethod or staticmethod")),
    }
}

pub static WRAPPER_METHODS: &[Builtin] = &[Builtin::new("__get__", wrapper_get)];

/// The `co_*` attributes of a code object that mean the same as CPython's: names, positions,
/// parameter counts, variable names and the flags CPython defines. `co_code`, `co_consts`
/// and `co_names` are left out: Pyrite's bytecode and tables are its own.
#[inline(never)]
pub fn code_attr(
    vm: &mut Vm,
    code: &alloc::rc::Rc<crate::obj::Code>,
    name: &str,
) -> PyResult<Option<Value>> {
    use crate::compile::code::flags;
    let names = |vm: &mut Vm, list: &[crate::qstr::Qstr]| {
        let items = list.iter().map(|&q| Value::qstr(q)).collect();
        vm.new_tuple(items)
    };
    // CPython lists cell and free variables sorted by name.
    let sorted_names = |vm: &mut Vm, list: &[crate::qstr::Qstr]| {
        let mut list = list.to_vec();
        // Names in one list are distinct: an unstable sort orders them the same.
        crate::sort::sort_unstable_by(&mut list, |&a, &b| vm.qstrs.text(a) < vm.qstrs.text(b));
        names(vm, &list)
    };
    let count = |n: u16| Value::small_int(n as isize);
    Ok(Some(match name {
        "co_name" => Value::qstr(code.name),
        "co_qualname" => code.qualname,
        "co_filename" => code.filename,
        "co_firstlineno" => Value::small_int(code.firstlineno as isize),
        "co_argcount" => count(code.argcount),
        "co_posonlyargcount" => count(code.posonlyargcount),
        "co_kwonlyargcount" => count(code.kwonlyargcount),
        "co_nlocals" => count(code.nvarnames),
        "co_varnames" => names(vm, code.varnames())?,
        "co_cellvars" => {
            let cells = &code.cellnames()[..code.ncells as usize];
            sorted_names(vm, cells)?
        }
        "co_freevars" => {
            let frees = &code.cellnames()[code.ncells as usize..];
            sorted_names(vm, frees)?
        }
        "co_flags" => {
            // CPython's CO_OPTIMIZED | CO_NEWLOCALS for function bodies, CO_NESTED for a
            // function defined in another (its qualified name has `<locals>`).
            let own = flags::VARARGS
                | flags::VARKEYWORDS
                | flags::GENERATOR
                | flags::COROUTINE
                | flags::ASYNC_GENERATOR;
            let mut value = code.flags & own;
            if value & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
                value &= !flags::GENERATOR; // Pyrite runs both as generators.
            }
            if code.flags & (flags::MODULE | flags::CLASS_BODY) == 0 {
                value |= 0x3;
            }
            if vm
                .str_text(code.qualname)
                .is_some_and(|q| q.contains("<locals>"))
            {
                value |= 0x10;
            }
            count(value)
        }
        _ => return Ok(None),
    }))
}
