//! `tuple`: construction and methods.

use crate::modules::builtins::check_method_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `tuple(iterable=())`.
pub fn construct(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "tuple", &args[1..], 0, 1)?;
    let value = match args.get(1) {
        None => vm.types.empty_tuple,
        Some(&v) if matches!(vm.heap_obj(v), Some(Obj::Tuple(_))) => v,
        Some(&v) => {
            let items = vm.collect_sized(v)?;
            vm.new_tuple(items)?
        }
    };
    if args[0] != vm.types.tuple {
        return crate::obj::class::wrap_builtin(vm, args[0], value);
    }
    Ok(value)
}

fn items(vm: &mut Vm, v: Value) -> PyResult<alloc::vec::Vec<Value>> {
    let v = vm.builtin_part(v);
    match vm.heap_obj(v) {
        Some(Obj::Tuple(items)) => Ok(items.to_vec()),
        Some(Obj::List(items)) => Ok(items.clone()),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

/// `count` for tuples and lists.
pub fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        let owner = match args.first().map(|&v| vm.builtin_part(v)) {
            Some(v) if matches!(vm.heap_obj(v), Some(Obj::List(_))) => "list",
            _ => "tuple",
        };
        return Err(vm.type_error(alloc::format!(
            "{owner}.count() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let items = items(vm, args[0])?;
    vm.push_root(args[0]);
    let mut n = 0;
    let mut result = Ok(());
    for item in items {
        match vm.eq(item, args[1]) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.pop_root();
    result?;
    vm.new_int(n)
}

/// The `start, stop` arguments of an `index(x, start, stop)` method (`bounds` holds those
/// given) over a sequence of `len` items, clamped as a slice's: the positions to search.
pub fn search_bounds(vm: &mut Vm, bounds: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let mut clamped = [0, len];
    for (place, &bound) in clamped.iter_mut().zip(bounds) {
        if !vm.is_int(bound) && !vm.is_user_object(bound) {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        }
        let n = vm.slice_bound(bound)?;
        let len = len as isize;
        *place = if n < 0 { (n + len).max(0) } else { n.min(len) } as usize;
    }
    Ok((clamped[0], clamped[1]))
}

/// `index` for tuples and lists.
pub fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "index", &args[1.min(args.len())..], 1, 3)?;
    let items = items(vm, args[0])?;
    let (start, end) = search_bounds(vm, args.get(2..).unwrap_or(&[]), items.len())?;
    vm.push_root(args[0]);
    let mut found = None;
    let mut error = None;
    for (i, &item) in items.iter().enumerate().take(end).skip(start) {
        match vm.eq(item, args[1]) {
            Ok(true) => {
                found = Some(i);
                break;
            }
            Ok(false) => {}
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    vm.pop_root();
    if let Some(e) = error {
        return Err(e);
    }
    match found {
        Some(i) => vm.new_int(i as i64),
        None => {
            if matches!(vm.heap_obj(vm.builtin_part(args[0])), Some(Obj::List(_))) {
                let shown = vm.repr(args[1])?;
                Err(vm.value_error(alloc::format!("{shown} is not in list")))
            } else {
                Err(vm.value_error("tuple.index(x): x not in tuple"))
            }
        }
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__getitem__", args, 1, 1)?;
    let base = vm.builtin_part(args[0]);
    vm.get_item(base, args[1])
}

fn len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__len__", args, 0, 0)?;
    let base = vm.builtin_part(args[0]);
    let n = vm.len_of(base)?;
    vm.new_int(n as i64)
}

fn new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::obj::class::check_new_subtype(vm, args, vm.types.tuple, "tuple")?;
    construct(vm, args, kwargs)
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("count", count),
    Builtin::new("index", index),
    Builtin::new("__getitem__", getitem),
    Builtin::new("__len__", len),
    Builtin::with_keywords("__new__", new),
];
