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

/// The tuple or list behind `v` (its built-in part for a subclass instance).
fn sequence(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let v = vm.builtin_part(v);
    match vm.heap_obj(v) {
        Some(Obj::Tuple(_) | Obj::List(_)) => Ok(v),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

/// The items in `start..end` of `sequence` that equal `wanted`: (the first one's position,
/// how many were found), stopping at the first one unless `count_all`. By index and without
/// a copy, as CPython does; the sequence and the item compared are held meanwhile.
fn find_equal(
    vm: &mut Vm,
    sequence: Value,
    wanted: Value,
    (start, end): (usize, usize),
    count_all: bool,
) -> PyResult<(Option<usize>, usize)> {
    let depth = vm.roots.len();
    vm.roots.extend_from_slice(&[sequence, wanted, Value::NONE]);
    let (mut first, mut found) = (None, 0);
    let mut result = Ok(());
    for i in start..end {
        let Some(item) = vm.sequence_item(sequence, i) else {
            break;
        };
        vm.roots[depth + 2] = item;
        match vm.eq(item, wanted) {
            Ok(true) => {
                first = first.or(Some(i));
                found += 1;
                if !count_all {
                    break;
                }
            }
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.roots.truncate(depth);
    result.map(|()| (first, found))
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
    let sequence = sequence(vm, args[0])?;
    let (_, found) = find_equal(vm, sequence, args[1], (0, usize::MAX), true)?;
    vm.new_int(found as i64)
}

/// The `start, stop` arguments of an `index(x, start, stop)` method (`bounds` holds those
/// given) over a sequence of `len` items: the positions to search. As in CPython a negative
/// bound counts from the end and a positive one is kept as it is: the search stops at the
/// sequence's end as it is at each step (an item's `__eq__` may grow a list).
pub fn search_bounds(vm: &mut Vm, bounds: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let mut positions = [0, usize::MAX];
    for (place, &bound) in positions.iter_mut().zip(bounds) {
        if !vm.is_int(bound) && !vm.is_user_object(bound) {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        }
        let n = vm.slice_bound(bound)?;
        let len = len as isize;
        *place = if n < 0 { (n + len).max(0) } else { n } as usize;
    }
    Ok((positions[0], positions[1]))
}

/// `index` for tuples and lists.
pub fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "index", &args[1.min(args.len())..], 1, 3)?;
    let sequence = sequence(vm, args[0])?;
    let len = vm.current_len(sequence);
    let bounds = search_bounds(vm, args.get(2..).unwrap_or(&[]), len)?;
    let (first, _) = find_equal(vm, sequence, args[1], bounds, false)?;
    match first {
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
