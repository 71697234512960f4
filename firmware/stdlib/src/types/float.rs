//! `float`'s ordinary methods: `hex`, `fromhex`, `as_integer_ratio`, `is_integer`, ….
//!
//! The runtime keeps the class, its constructor and its special methods (`pyrite::obj::float`).

use crate::modules::builtins::check_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

fn self_float(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    match args.first().and_then(|&v| vm.as_number(v)) {
        Some(Number::Float(x)) => Ok(x),
        Some(Number::Int(i)) => Ok(i as f64),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args)?;
    Ok(Value::bool(crate::num::float::is_integer(x)))
}

fn as_integer_ratio(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args)?;
    match crate::num::float::as_integer_ratio(x) {
        Ok((numerator, denominator)) => {
            let n = vm.new_bigint(numerator)?;
            vm.push_root(n);
            let d = vm.new_bigint(denominator);
            vm.pop_root();
            let d = d?;
            vm.new_tuple(alloc::vec![n, d])
        }
        Err(e) => Err(vm.num_error(e)),
    }
}

fn hex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = self_float(vm, args)?;
    vm.new_string(crate::num::float::hex(x))
}

fn conjugate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "conjugate", args, 1, 1)?;
    match vm.as_number(args[0]) {
        Some(Number::Complex(re, im)) => vm.alloc(Obj::Complex(alloc::boxed::Box::new((re, -im)))),
        _ => {
            let x = self_float(vm, args)?;
            vm.new_float(x)
        }
    }
}

/// `float.fromhex(string)` (a class method).
fn fromhex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "fromhex", args, 1, 1)?;
    let Some(text) = vm.str_text(args[1]) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(alloc::format!("must be str, not {name}")));
    };
    let parsed = parse_hex(text);
    let x = match parsed {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    let value = vm.new_float(x)?;
    let class = args[0];
    if class != vm.types.float && vm.heap_obj(class).is_some() {
        return vm.call(class, &[value], &[]);
    }
    Ok(value)
}

enum HexError {
    Invalid,
    Overflow,
}

/// Parses `[sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] decimal])`
/// with surrounding whitespace, rounding half to even.
fn parse_hex(text: &str) -> Result<f64, HexError> {
    let text = text.trim();
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exponent_text) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa_text.find('.') {
        Some(i) => (&mantissa_text[..i], &mantissa_text[i + 1..]),
        None => (mantissa_text, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut exponent: i64 = match exponent_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Clamp absurd exponents: the value is then 0 or an overflow anyway.
            let magnitude = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(1 << 40);
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    // Significant bits in a u128 (up to 112 bits), the rest folded into a sticky bit.
    let mut mantissa: u128 = 0;
    let mut sticky = false;
    for (position, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let Some(digit) = c.to_digit(16) else {
            return Err(HexError::Invalid);
        };
        let fractional = position >= int_part.len();
        if mantissa >> 108 == 0 {
            mantissa = mantissa << 4 | digit as u128;
            if fractional {
                exponent -= 4;
            }
        } else {
            sticky |= digit != 0;
            if !fractional {
                exponent += 4;
            }
        }
    }
    if mantissa == 0 {
        return Ok(sign * 0.0);
    }
    let bits = 128 - mantissa.leading_zeros() as i64;
    let top = exponent + bits - 1;
    if top > 1023 {
        return Err(HexError::Overflow);
    }
    // Exponent of the last kept bit: 53 significant bits, fewer for subnormals.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exponent;
    let mut kept = if shift > 0 {
        if shift >= 128 {
            0
        } else {
            let dropped = mantissa & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            let kept = mantissa >> shift;
            let round_up = dropped > half || (dropped == half && (sticky || kept & 1 == 1));
            kept + round_up as u128
        }
    } else {
        mantissa << -shift
    };
    let mut lsb = lsb;
    if kept >> 53 != 0 {
        kept >>= 1;
        lsb += 1;
    }
    if lsb + 52 > 1023 && kept >> 52 != 0 {
        return Err(HexError::Overflow);
    }
    Ok(sign * libm::scalbn(kept as f64, lsb as i32))
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("fromhex", fromhex),
    Builtin::self_only("is_integer", is_integer),
    Builtin::self_only("as_integer_ratio", as_integer_ratio),
    Builtin::self_only("hex", hex),
    Builtin::self_only("conjugate", conjugate),
];

/// `complex`'s ordinary methods (the runtime keeps its class and special methods).
pub static COMPLEX_METHODS: &[Builtin] = &[Builtin::self_only("conjugate", complex_conjugate)];

fn complex_conjugate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "conjugate", args, 1, 1)?;
    match vm.as_number(args[0]) {
        Some(Number::Complex(re, im)) => vm.alloc(Obj::Complex(alloc::boxed::Box::new((re, -im)))),
        _ => {
            let name = vm.type_name(args[0]);
            Err(vm.type_error(alloc::format!(
                "descriptor 'conjugate' for 'complex' objects doesn't apply to a '{name}' object"
            )))
        }
    }
}
