//! `int`'s ordinary methods: `to_bytes`, `from_bytes`, `bit_length`, ….
//!
//! The runtime keeps the class, its constructor and its special methods (`pyrite::obj::int`).

use alloc::format;
use alloc::string::String;

use crate::modules::builtins::kwarg;
use crate::num::bigint::BigInt;
use crate::obj::int::self_int;
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn bit_length(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = self_int(vm, args)?;
    vm.new_int(n.bit_length() as i64)
}

fn bit_count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = self_int(vm, args)?;
    vm.new_int(n.count_ones() as i64)
}

fn byte_order(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v.map(|v| vm.str_text(v).map(String::from)) {
        None => Ok(true),
        Some(Some(text)) if text == "big" => Ok(true),
        Some(Some(text)) if text == "little" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `signed` is keyword-only: a third positional argument is CPython's TypeError (it was
/// silently ignored, giving an unsigned result).
fn at_most_two_positional(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 positional arguments ({given} given)"
        )));
    }
    Ok(())
}

fn to_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(
        vm,
        "to_bytes",
        kwargs,
        &["length", "byteorder", "signed"],
    )?;
    at_most_two_positional(vm, "to_bytes", args)?;
    let n = self_int(vm, args)?;
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kwargs, "length")) {
        Some(v) => vm.int_arg(v)?,
        None => 1,
    };
    let big_endian = byte_order(
        vm,
        args.get(2)
            .copied()
            .or_else(|| kwarg(vm, kwargs, "byteorder")),
    )?;
    let signed = match kwarg(vm, kwargs, "signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    // The limbs and the bytes are both `length` long for a moment.
    vm.reserve_collecting((length as usize).saturating_mul(2), &[])?;
    match n.to_bytes(length as usize, big_endian, signed) {
        Ok(bytes) => vm.alloc(crate::obj::Obj::Bytes(bytes.into_boxed_slice())),
        Err(e) => Err(vm.num_error(e)),
    }
}

fn from_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(
        vm,
        "from_bytes",
        kwargs,
        &["bytes", "byteorder", "signed"],
    )?;
    // Called as a class method: args[0] is the class.
    at_most_two_positional(vm, "from_bytes", args)?;
    let source = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "bytes"));
    let Some(source) = source else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes'"));
    };
    if vm.str_text(source).is_some() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let bytes = match vm.bytes_data(source) {
        Some(b) => b,
        None => {
            let items = vm.collect_iterable(source)?;
            let mut out = alloc::vec::Vec::new();
            for item in items {
                out.push(vm.byte_value(item)?);
            }
            out
        }
    };
    let big_endian = byte_order(
        vm,
        args.get(2)
            .copied()
            .or_else(|| kwarg(vm, kwargs, "byteorder")),
    )?;
    let signed = match kwarg(vm, kwargs, "signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let value = vm.new_bigint(BigInt::from_bytes(&bytes, big_endian, signed))?;
    // A subclass (bool too) gets an instance of its own: `cls(value)`, as CPython.
    let class = args[0];
    if class == vm.types.int {
        return Ok(value);
    }
    vm.push_root(value);
    let instance = vm.call(class, &[value], &[]);
    vm.pop_root();
    instance
}

fn conjugate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = self_int(vm, args)?;
    vm.new_bigint(n)
}

fn as_integer_ratio(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = self_int(vm, args)?;
    let n = vm.new_bigint(n)?;
    vm.new_tuple(alloc::vec![n, Value::small_int(1)])
}

pub static METHODS: &[Builtin] = &[
    Builtin::self_only("bit_length", bit_length),
    Builtin::self_only("bit_count", bit_count),
    Builtin::with_keywords("to_bytes", to_bytes),
    Builtin::with_keywords("from_bytes", from_bytes),
    Builtin::self_only("conjugate", conjugate),
    Builtin::self_only("as_integer_ratio", as_integer_ratio),
];
