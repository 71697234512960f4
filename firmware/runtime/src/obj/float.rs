//! `float` and `complex`: construction and methods.

use alloc::format;
use alloc::string::String;

use crate::modules::builtins::check_args;
use crate::obj::{Builtin, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

/// `float(x)` as an f64.
pub fn to_f64(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if !vm.is_user_object(x) {
        if let Some(n) = vm.as_number(x) {
            if let Number::Complex(..) = n {
                return Err(vm.type_error(
                    "float() argument must be a string or a real number, not 'complex'",
                ));
            }
            return vm.number_to_f64(n);
        }
    }
    let text = match vm.str_text(x) {
        Some(t) => Some(String::from(t)),
        None => vm
            .bytes_data(x)
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
    };
    if let Some(text) = text {
        return match crate::num::float::parse(&crate::obj::unicode::ascii_digits(&text)) {
            Some(f) => Ok(f),
            None => {
                let shown = vm.repr(x)?;
                Err(vm.value_error(format!("could not convert string to float: {shown}")))
            }
        };
    }
    for name in [q::__float__, q::__index__] {
        if let Some(result) = vm.call_user_special(x, name, &[])? {
            // `__float__` must give a float (a subclass is taken), `__index__` an int.
            let number = vm.as_number(result);
            let fits = matches!(
                (name, &number),
                (q::__float__, Some(Number::Float(_)))
                    | (q::__index__, Some(Number::Int(_) | Number::Big(_)))
            );
            if let (true, Some(n)) = (fits, number) {
                return vm.number_to_f64(n);
            }
            let kind = vm.type_name(result);
            let message = if name == q::__float__ {
                let class = vm.type_name(x);
                format!("{class}.__float__ returned non-float (type {kind})")
            } else {
                format!("__index__ returned non-int (type {kind})")
            };
            return Err(vm.type_error(message));
        }
    }
    let part = vm.builtin_part(x);
    if part != x {
        return to_f64(vm, part);
    }
    let name = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{name}'"
    )))
}

/// `float(x=0.0)`.
pub fn construct(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "float", &args[1..], 0, 1)?;
    let x = match args.get(1) {
        None => 0.0,
        Some(&v) => to_f64(vm, v)?,
    };
    let value = vm.new_float(x)?;
    if args[0] != vm.types.float {
        return crate::obj::class::wrap_builtin(vm, args[0], value);
    }
    Ok(value)
}

/// `text` as `complex()` reads it: `1.5`, `2j`, `-1+2.5e3J`, `j`, `(1-j)`, with surrounding
/// whitespace but none inside. None when malformed.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let mut text = text.trim();
    if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        text = inner.trim();
    }
    if text.is_empty() || text.contains(char::is_whitespace) {
        return None;
    }
    let parse = |part: &str| crate::num::float::parse(part);
    let Some(body) = text.strip_suffix(['j', 'J']) else {
        return Some((parse(text)?, 0.0));
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (real, imag) = match split {
        Some(i) => (parse(&body[..i])?, &body[i..]),
        None => (0.0, body),
    };
    let imag = match imag {
        "" | "+" => 1.0,
        "-" => -1.0,
        _ => parse(imag)?,
    };
    Some((real, imag))
}

/// A real-number argument as f64 (int, bool, float, or an object with `__float__`/`__index__`).
pub fn real_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_number(v) {
        Some(n @ (Number::Int(_) | Number::Big(_) | Number::Float(_))) if !vm.is_user_object(v) => {
            vm.number_to_f64(n)
        }
        _ => {
            for (name, wanted) in [("__float__", "float"), ("__index__", "int")] {
                let special = vm.qstrs.intern(name);
                if let Some(result) = vm.call_user_special(v, special, &[])? {
                    match (vm.as_number(result), wanted) {
                        (Some(n @ Number::Float(_)), "float")
                        | (Some(n @ (Number::Int(_) | Number::Big(_))), "int") => {
                            return vm.number_to_f64(n);
                        }
                        _ => {
                            let class = vm.type_name(v);
                            let got = vm.type_name(result);
                            return Err(vm.type_error(format!(
                                "{class}.{name} returned non-{wanted} (type {got})"
                            )));
                        }
                    }
                }
            }
            if let Some(n @ (Number::Int(_) | Number::Big(_) | Number::Float(_))) = vm.as_number(v)
            {
                return vm.number_to_f64(n);
            }
            let name = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {name}")))
        }
    }
}

/// A complex argument as CPython reads one: a complex (or subclass) as is, else `__complex__`,
/// else a real number.
pub fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if let Some(Number::Complex(re, im)) = vm.as_number(v) {
        return Ok((re, im));
    }
    if let Some(parts) = user_complex(vm, v)? {
        return Ok(parts);
    }
    Ok((real_arg(vm, v)?, 0.0))
}

/// What the `__complex__` of an object of the program's own class gives (it must be a
/// complex); None when it has none.
fn user_complex(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if !vm.is_user_object(v) {
        return Ok(None);
    }
    let Some(result) = vm.call_user_special(v, q::__complex__, &[])? else {
        return Ok(None);
    };
    if let Some(Number::Complex(re, im)) = vm.as_number(result) {
        return Ok(Some((re, im)));
    }
    let got = vm.type_name(result);
    Err(vm.type_error(format!("__complex__ returned non-complex (type {got})")))
}

/// complex()'s TypeError for argument `position` (1 or 2), which is not a number.
#[cold]
fn not_a_number(vm: &mut Vm, v: Value, position: usize) -> Value {
    let name = vm.type_name(v);
    let message = if position == 1 {
        format!("complex() first argument must be a string or a number, not '{name}'")
    } else {
        format!("complex() second argument must be a number, not '{name}'")
    };
    vm.type_error(message)
}

/// `complex(real=0, imag=0)`.
pub fn construct_complex(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if !kwargs.is_empty() {
        // `complex(real=1, imag=2)`: the call again with positional arguments.
        let names = ["real", "imag"];
        let [real, imag] =
            crate::modules::builtins::bind_c_args(vm, "complex", &args[1..], kwargs, names, 0)?;
        let mut positional = alloc::vec![args[0], real.unwrap_or(Value::small_int(0))];
        positional.extend(imag);
        return construct_complex(vm, &positional, &[]);
    }
    check_args(vm, "complex", &args[1..], 0, 2)?;
    if let Some(text) = args.get(1).and_then(|&v| vm.str_text(v)) {
        if args.len() > 2 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let text = crate::obj::unicode::ascii_digits(text);
        let Some((re, im)) = parse_complex(&text) else {
            return Err(vm.value_error("complex() arg is a malformed string"));
        };
        let value = vm.alloc(Obj::Complex(alloc::boxed::Box::new((re, im))))?;
        return crate::obj::class::wrap_builtin(vm, args[0], value);
    }
    // (real, imaginary, whether a complex).
    let part = |vm: &mut Vm, v: Option<&Value>, position: usize| -> PyResult<(f64, f64, bool)> {
        match v {
            None => Ok((0.0, 0.0, false)),
            Some(&v) if vm.is_user_object(v) => {
                // An object of a class of the program's own: `__complex__` (the first
                // argument only), else a real number (`__float__`, `__index__`, or the
                // number it subclasses), as CPython reads them.
                if position == 1 {
                    if let Some((re, im)) = user_complex(vm, v)? {
                        return Ok((re, im, true));
                    }
                }
                let class = vm.type_of(v);
                let has_real = vm.class_lookup(class, q::__float__).is_some()
                    || vm.class_lookup(class, q::__index__).is_some()
                    || vm.as_number(v).is_some();
                if !has_real {
                    return Err(not_a_number(vm, v, position));
                }
                match vm.as_number(v) {
                    Some(Number::Complex(re, im)) => Ok((re, im, true)),
                    _ => Ok((real_arg(vm, v)?, 0.0, false)),
                }
            }
            Some(&v) => match vm.as_number(v) {
                Some(Number::Complex(re, im)) => Ok((re, im, true)),
                Some(n) => Ok((vm.number_to_f64(n)?, 0.0, false)),
                None => Err(not_a_number(vm, v, position)),
            },
        }
    };
    if args.get(2).is_some_and(|&v| vm.str_text(v).is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (a, b, real_complex) = part(vm, args.get(1), 1)?;
    let (c, d, imag_complex) = part(vm, args.get(2), 2)?;
    // As CPython: a part takes a sum or difference only where both arguments contribute to it,
    // so that `complex(2, -0.0)` keeps its zero's sign (`0.0 + -0.0` is `0.0`).
    let re = if imag_complex { a - d } else { a };
    let im = if args.len() <= 2 {
        b
    } else if real_complex {
        b + c
    } else {
        c
    };
    let value = vm.alloc(Obj::Complex(alloc::boxed::Box::new((re, im))))?;
    // `super().__new__(cls, …)` in a subclass passes the subclass.
    crate::obj::class::wrap_builtin(vm, args[0], value)
}

fn float_int(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__int__", args, 1, 1)?;
    // The float part: a float subclass's instance would find this method again.
    let part = vm.builtin_part(args[0]);
    crate::obj::int::to_int(vm, part)
}

pub static METHODS: &[Builtin] = &[Builtin::new("__int__", float_int)];
