//! `range` and `slice`.

use alloc::boxed::Box;

use crate::modules::builtins::{check_args, check_method_args};
use crate::num::bigint::BigInt;
use crate::obj::range_big::BigRange;
use crate::obj::{Builtin, Obj, RangeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A bound: any int (or object with `__index__`), big ones too.
fn bound(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match vm.as_bigint(v) {
        Some(n) => Ok(n),
        None => vm.int_arg(v).map(BigInt::from_i64),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn construct(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let args = &args[1..];
    check_args(vm, "range", args, 1, 3)?;
    // Machine-word bounds (the common case) without a detour through big ints.
    let small: Option<[i64; 3]> = match *args {
        [stop] => vm.as_i64(stop).map(|stop| [0, stop, 1]),
        [start, stop] => vm
            .as_i64(start)
            .zip(vm.as_i64(stop))
            .map(|(start, stop)| [start, stop, 1]),
        [start, stop, step] => match (vm.as_i64(start), vm.as_i64(stop), vm.as_i64(step)) {
            (Some(start), Some(stop), Some(step)) => Some([start, stop, step]),
            _ => None,
        },
        _ => None,
    };
    if let Some([start, stop, step]) = small {
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return vm.alloc(Obj::Range(Box::new(RangeObj { start, stop, step })));
    }
    let (start, stop, step) = match args.len() {
        1 => (BigInt::zero(), bound(vm, args[0])?, BigInt::from_i64(1)),
        2 => (
            bound(vm, args[0])?,
            bound(vm, args[1])?,
            BigInt::from_i64(1),
        ),
        _ => (
            bound(vm, args[0])?,
            bound(vm, args[1])?,
            bound(vm, args[2])?,
        ),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    vm.new_big_range(BigRange { start, stop, step })
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<RangeObj> {
    match args.first().and_then(|&v| vm.heap_obj(v)) {
        Some(Obj::Range(r)) => Ok(**r),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "index", args, 1, 1)?;
    if let Some(Obj::BigRange(range)) = args.first().and_then(|&v| vm.heap_obj(v)) {
        let range = (**range).clone();
        if let Some(position) = vm.as_bigint(args[1]).and_then(|n| range.position(&n)) {
            return vm.new_bigint(position);
        }
        let shown = vm.repr(args[1])?;
        return Err(vm.value_error(alloc::format!("{shown} is not in range")));
    }
    let range = this(vm, args)?;
    // A float equal to an int is that int (CPython compares item by item when the value is
    // not an int).
    let value = match vm.as_number(args[1]) {
        Some(crate::vm::ops::Number::Float(x))
            if crate::num::float::is_integer(x) && x.abs() < 9.2e18 =>
        {
            Some(x as i64)
        }
        _ => vm.as_i64(args[1]),
    };
    if let Some(position) = value.and_then(|n| range.position(n)) {
        return match i64::try_from(position) {
            Ok(small) => vm.new_int(small),
            Err(_) => vm.new_bigint(crate::num::bigint::BigInt::from_u64(position)),
        };
    }
    if !vm.is_int(args[1]) {
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    }
    let shown = vm.repr(args[1])?;
    Err(vm.value_error(alloc::format!("{shown} is not in range")))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "count", args, 1, 1)?;
    Ok(Value::small_int(match index(vm, args, kwargs) {
        Ok(_) => 1,
        Err(_) => 0,
    }))
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("index", index),
    Builtin::with_keywords("count", count),
];

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn construct_slice(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let args = &args[1..];
    check_args(vm, "slice", args, 1, 3)?;
    let parts = match args.len() {
        1 => [Value::NONE, args[0], Value::NONE],
        2 => [args[0], args[1], Value::NONE],
        _ => [args[0], args[1], args[2]],
    };
    vm.alloc(Obj::Slice(Box::new(parts)))
}

fn indices(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "indices", args, 1, 1)?;
    let len = vm.int_arg(args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let slice = vm.slice_indices(args[0], len as usize)?;
    let items = [slice.start as i64, slice.stop as i64, slice.step as i64];
    let mut values = alloc::vec::Vec::new();
    for n in items {
        values.push(vm.new_int(n)?);
    }
    vm.new_tuple(values)
}

pub static SLICE_METHODS: &[Builtin] = &[Builtin::new("indices", indices)];
