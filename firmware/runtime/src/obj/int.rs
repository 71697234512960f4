//! `int` and `bool`: construction from text and numbers, and the int methods.

use alloc::format;
use alloc::string::String;

use crate::modules::builtins::{check_args, kwarg};
use crate::num::bigint::BigInt;
use crate::obj::Builtin;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

/// CPython 3.11's limit on the decimal digits of an int made from or turned into text
/// (`sys.int_info.default_max_str_digits`): converting between decimal text and a big int
/// takes time quadratic in its length, so a long enough numeral from outside would stall the
/// program. `sys.set_int_max_str_digits` changes it (0: no limit); bases that are powers of
/// two are never limited.
pub const DEFAULT_MAX_STR_DIGITS: u32 = crate::parse::DEFAULT_MAX_STR_DIGITS;
/// The least limit other than 0 (`sys.int_info.str_digits_check_threshold`): ints of fewer
/// digits are never checked.
pub const MAX_STR_DIGITS_THRESHOLD: u32 = 640;

/// Why a numeral is not an int.
#[derive(Debug, PartialEq, Eq)]
pub enum NumeralError {
    /// Not an int numeral in that base.
    Invalid,
    /// Valid up to here, but with more digits (the count) than the limit allows.
    TooManyDigits(usize),
}

/// Parses Python int literal text (`int("0x1f", 0)`, `int(" 42 ")`, underscores). A base
/// that is not a power of two takes at most `max_digits` digits (0: any number).
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
pub fn parse_int_text(text: &str, base: u32, max_digits: u32) -> Result<BigInt, NumeralError> {
    let normal = crate::obj::unicode::ascii_digits(text);
    let trimmed = normal.trim();
    let (negative, rest) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let lower = rest.to_ascii_lowercase();
    let (radix, digits) = {
        let prefixed = |p: &str| lower.strip_prefix(p).map(|d| d.trim_start_matches('_'));
        match base {
            0 => {
                if let Some(d) = prefixed("0x") {
                    (16, d)
                } else if let Some(d) = prefixed("0o") {
                    (8, d)
                } else if let Some(d) = prefixed("0b") {
                    (2, d)
                } else {
                    // Base 0 forbids leading zeros in non-zero decimals.
                    if lower.len() > 1
                        && lower.starts_with('0')
                        && !lower.trim_start_matches(['0', '_']).is_empty()
                    {
                        return Err(NumeralError::Invalid);
                    }
                    (10, lower.as_str())
                }
            }
            16 => (16, prefixed("0x").unwrap_or(&lower)),
            8 => (8, prefixed("0o").unwrap_or(&lower)),
            2 => (2, prefixed("0b").unwrap_or(&lower)),
            b => (b, lower.as_str()),
        }
    };
    if max_digits > 0 && !radix.is_power_of_two() {
        // CPython counts the digits of the valid run at the start, before it looks further.
        let run_end = digits
            .find(|c: char| c != '_' && !c.is_digit(radix))
            .unwrap_or(digits.len());
        let run = &digits[..run_end];
        let count = run.bytes().filter(|&b| b != b'_').count();
        if count > max_digits as usize && !run.contains("__") && !run.ends_with('_') {
            return Err(NumeralError::TooManyDigits(count));
        }
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(NumeralError::Invalid);
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(NumeralError::Invalid);
    }
    let value = BigInt::parse(&clean, radix).ok_or(NumeralError::Invalid)?;
    Ok(if negative { -value } else { value })
}

/// `ValueError` for a numeral of `digits` digits, more than the limit (`int()`, `json`).
pub fn too_many_digits_to_int(vm: &mut Vm, digits: usize) -> Value {
    let limit = vm.int_max_str_digits as usize;
    vm.value_error(crate::lex::number::digit_limit_message(limit, digits))
}

/// Checks that `n` has no more decimal digits than `sys.get_int_max_str_digits()` allows
/// (`str()`, `repr()`, `%d`, `format(n, 'd')`).
pub fn check_decimal_digits(vm: &mut Vm, n: &BigInt) -> PyResult<()> {
    if exceeds_digit_limit(n, vm.int_max_str_digits) {
        return Err(too_many_digits_to_str(vm));
    }
    Ok(())
}

/// Has `n` more than `limit` decimal digits (0: no limit)? Counted only when its size leaves
/// it in doubt.
pub fn exceeds_digit_limit(n: &BigInt, limit: u32) -> bool {
    if limit == 0 || n.bit_length() < u64::from(MAX_STR_DIGITS_THRESHOLD) * 3 {
        return false;
    }
    // An int of b bits has floor(log10(2) * (b - 1)) + 1 or one more digit: within 1 of this
    // estimate, so only near the limit is the text made and counted.
    let estimate = n.bit_length() as f64 * core::f64::consts::LOG10_2;
    if estimate + 2.0 < limit as f64 {
        false
    } else if estimate - 2.0 > limit as f64 {
        true
    } else {
        n.abs().to_string_radix(10).len() > limit as usize
    }
}

/// `ValueError` for an int of more decimal digits than the limit.
pub fn too_many_digits_to_str(vm: &mut Vm) -> Value {
    let limit = vm.int_max_str_digits;
    vm.value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(text)` for the common text: ASCII blanks around an optional sign and at most 18
/// decimal digits (so it fits an i64), without the general parser's copies.
fn plain_decimal(text: &str) -> Option<i64> {
    let text = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut value: i64 = 0;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value * 10 + (digit - b'0') as i64;
    }
    Some(if negative { -value } else { value })
}

/// `int(x=0, base=10)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let class = args[0];
    let mut positional: alloc::vec::Vec<Value> = args[1..].to_vec();
    crate::modules::builtins::check_kwargs(vm, "int", kwargs, &["base"])?;
    if let Some(b) = kwarg(vm, kwargs, "base") {
        if positional.is_empty() {
            return Err(vm.type_error("int() missing string argument"));
        }
        positional.push(b);
    }
    check_args(vm, "int", &positional, 0, 2)?;
    let value = match positional.first() {
        None => Value::small_int(0),
        Some(&x) => {
            if let Some(&base) = positional.get(1) {
                let base = vm.int_arg(base)?;
                if base != 0 && !(2..=36).contains(&base) {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                room_to_parse(vm, x)?;
                match parse_numeral(vm, x, base as u32) {
                    Some(Ok(n)) => vm.new_bigint(n)?,
                    Some(Err(error)) => return Err(numeral_error(vm, x, base, error)),
                    None => {
                        return Err(
                            vm.type_error("int() can't convert non-string with explicit base")
                        )
                    }
                }
            } else {
                to_int(vm, x)?
            }
        }
    };
    if class != vm.types.int {
        return crate::obj::class::wrap_builtin(vm, class, value);
    }
    Ok(value)
}

/// Makes sure that parsing `x` (a str or bytes numeral) cannot run the heap out: the parse
/// copies the text twice (digits normalised, then lowercased) and builds the number beside
/// them, and a board's allocator stops the program when a block it must give is missing.
fn room_to_parse(vm: &mut Vm, x: Value) -> PyResult<()> {
    let length = match vm.str_text(x) {
        Some(text) => text.len(),
        None => crate::obj::bytes::byte_slice(vm, x).map_or(0, <[u8]>::len),
    };
    if length < 256 {
        return Ok(());
    }
    vm.reserve_collecting(length.saturating_mul(4), &[x])?;
    if !crate::alloc_counter::fits(length.saturating_mul(2)) {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// `x` parsed as an int numeral in `base` where it is a str or bytes-like, read in place
/// (`Some(None)`: not a valid numeral).
fn parse_numeral(vm: &Vm, x: Value, base: u32) -> Option<Result<BigInt, NumeralError>> {
    let limit = vm.int_max_str_digits;
    if let Some(text) = vm.str_text(x) {
        return Some(parse_int_text(text, base, limit));
    }
    let bytes = crate::obj::bytes::byte_slice(vm, x)?;
    Some(parse_int_text(&String::from_utf8_lossy(bytes), base, limit))
}

/// The exception for a numeral that `parse_numeral` refused.
fn numeral_error(vm: &mut Vm, x: Value, base: i64, error: NumeralError) -> Value {
    match error {
        NumeralError::Invalid => invalid_literal(vm, x, base),
        NumeralError::TooManyDigits(digits) => too_many_digits_to_int(vm, digits),
    }
}

/// `ValueError: invalid literal for int() with base …` for `x`.
fn invalid_literal(vm: &mut Vm, x: Value, base: i64) -> Value {
    match vm.repr(x) {
        Ok(shown) => vm.value_error(format!(
            "invalid literal for int() with base {base}: {shown}"
        )),
        Err(error) => error,
    }
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if !vm.is_user_object(x) {
        match vm.as_number(x) {
            Some(Number::Int(i)) => return vm.new_int(i),
            Some(Number::Big(b)) => return vm.new_bigint(b),
            Some(Number::Float(f)) => {
                return match crate::num::float::to_int(f) {
                    Ok(n) => vm.new_bigint(n),
                    Err(e) => Err(vm.num_error(e)),
                }
            }
            Some(Number::Complex(..)) => {
                return Err(vm.type_error("int() argument must be a string, a bytes-like object or a real number, not 'complex'"))
            }
            None => {}
        }
    }
    if let Some(n) = vm.str_text(x).and_then(plain_decimal) {
        return vm.new_int(n);
    }
    room_to_parse(vm, x)?;
    match parse_numeral(vm, x, 10) {
        Some(Ok(n)) => return vm.new_bigint(n),
        Some(Err(error)) => return Err(numeral_error(vm, x, 10, error)),
        None => {}
    }
    for name in [q::__int__, q::__index__, q::__trunc__] {
        if let Some(result) = vm.call_user_special(x, name, &[])? {
            if vm.is_int(result) {
                return Ok(result);
            }
            let type_name = vm.type_name(result);
            return Err(vm.type_error(format!("__int__ returned non-int (type {type_name})")));
        }
    }
    if vm.is_user_object(x) {
        let part = vm.builtin_part(x);
        if part != x {
            return to_int(vm, part);
        }
    }
    let name = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{name}'"
    )))
}

/// `bool(x)`.
pub fn construct_bool(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "bool", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::FALSE),
        Some(&v) => Ok(Value::bool(vm.is_true(v)?)),
    }
}

/// Self as an int (a bool, an int subclass instance: their int value).
pub fn self_int(vm: &mut Vm, args: &[Value]) -> PyResult<BigInt> {
    match args.first().and_then(|&v| vm.as_bigint(v)) {
        Some(n) => Ok(n),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = self_int(vm, args)?;
    vm.new_bigint(n)
}

fn int_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::obj::class::check_new_subtype(vm, args, vm.types.int, "int")?;
    if args[0] == vm.types.bool {
        // `bool.__new__(bool, x)` finds this one (bool has no `__new__` of its own here).
        crate::modules::builtins::check_args(vm, "bool", &args[1..], 0, 1)?;
        return match args.get(1) {
            Some(&x) => Ok(Value::bool(vm.is_true(x)?)),
            None => Ok(Value::FALSE),
        };
    }
    construct(vm, args, kwargs)
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("__index__", index),
    Builtin::new("__int__", index),
    Builtin::with_keywords("__new__", int_new),
];

/// `.real`, `.imag`, `.numerator`, `.denominator` of numbers.
pub fn number_attr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(n) = vm.as_number(v) else {
        return Ok(None);
    };
    let result = match (name, n) {
        (q::real, Number::Complex(re, _)) => vm.new_float(re)?,
        (q::imag, Number::Complex(_, im)) => vm.new_float(im)?,
        (q::real, Number::Float(x)) => vm.new_float(x)?,
        (q::imag, Number::Float(_)) => vm.new_float(0.0)?,
        (q::real | q::numerator, Number::Int(i)) => vm.new_int(i)?,
        (q::real | q::numerator, Number::Big(b)) => vm.new_bigint(b)?,
        (q::imag, Number::Int(_) | Number::Big(_)) => Value::small_int(0),
        (q::denominator, Number::Int(_) | Number::Big(_)) => Value::small_int(1),
        _ => return Ok(None),
    };
    Ok(Some(result))
}
