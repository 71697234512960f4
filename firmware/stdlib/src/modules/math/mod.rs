//! `math`: CPython's float and integer functions, with its error rules.
//!
//! Float functions follow CPython's `math_1` rule: a NaN result from a non-NaN argument is a
//! domain error (`ValueError: math domain error`); an infinite result from a finite argument
//! is a range error (`OverflowError: math range error`) for functions that can overflow, else a
//! domain error (poles such as `log(0)`). Integer functions work on `BigInt`s.

mod gamma;

use alloc::format;
use alloc::vec::Vec;

use crate::compile::opcode::binary;
use crate::modules::builtins::{check_args, check_kwargs, kwarg};
use crate::num::bigint::BigInt;
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

pub(crate) fn domain_error(vm: &mut Vm) -> Value {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &mut Vm) -> Value {
    vm.overflow_error("math range error")
}

/// A real-number argument as f64 (the runtime's, shared with `complex()` and `cmath`).
pub use crate::obj::float::real_arg as float_arg;

/// An integer argument (int, bool, or an object with `__index__`).
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if !matches!(
        vm.as_number(v),
        Some(Number::Float(_) | Number::Complex(..))
    ) {
        if let Some(n) = vm.as_bigint(v) {
            return Ok(n);
        }
    }
    if vm.is_user_object(v) {
        if let Some(result) = vm.call_user_special(v, crate::qstr::q::__index__, &[])? {
            if let Some(n) = vm.as_bigint(result) {
                return Ok(n);
            }
        }
    }
    let name = vm.type_name(v);
    Err(vm.type_error(format!(
        "'{name}' object cannot be interpreted as an integer"
    )))
}

/// Applies CPython's `math_1` error rule to `result = f(x)`.
fn checked(vm: &mut Vm, x: f64, result: f64, can_overflow: bool) -> PyResult<Value> {
    if result.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if result.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    vm.new_float(result)
}

fn unary(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    checked(vm, x, f(x), can_overflow)
}

macro_rules! unary_functions {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                unary(vm, stringify!($name), args, $f, $overflow)
            }
        )*
    };
}

fn exp_accurate(x: f64) -> f64 {
    crate::num::double_double::exp(x)
}

unary_functions! {
    acos => libm::acos, false;
    acosh => libm::acosh, false;
    asin => libm::asin, false;
    asinh => libm::asinh, false;
    atan => libm::atan, false;
    atanh => atanh_checked, false;
    cbrt => crate::num::double_double::cbrt, false;
    cos => libm::cos, false;
    cosh => libm::cosh, true;
    erf => libm::erf, false;
    erfc => libm::erfc, false;
    exp => exp_accurate, true;
    exp2 => crate::num::double_double::exp2, true;
    expm1 => libm::expm1, true;
    fabs => libm::fabs, false;
    sin => libm::sin, false;
    sinh => libm::sinh, true;
    sqrt => libm::sqrt, false;
    tan => libm::tan, false;
    tanh => libm::tanh, false;
    degrees => degrees_of, false;
    radians => radians_of, false;
}

fn atanh_checked(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        f64::NAN
    } else {
        libm::atanh(x)
    }
}

fn degrees_of(x: f64) -> f64 {
    x * (180.0 / core::f64::consts::PI)
}

fn radians_of(x: f64) -> f64 {
    x * (core::f64::consts::PI / 180.0)
}

fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && libm::floor(x) == x
}

fn gamma(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "gamma", args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    if is_nonpositive_integer(x) || x == f64::NEG_INFINITY {
        return Err(domain_error(vm));
    }
    checked(vm, x, gamma::gamma(x), true)
}

fn lgamma(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "lgamma", args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    if x.is_infinite() {
        return vm.new_float(f64::INFINITY);
    }
    if is_nonpositive_integer(x) {
        return Err(domain_error(vm));
    }
    checked(vm, x, gamma::lgamma(x), true)
}

/// Natural log of an argument, big ints included (`log(10**400)` works in CPython).
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Number::Big(n)) = vm.as_number(v) {
        if n.is_negative() {
            return Err(domain_error(vm));
        }
        if n.to_f64().is_none() {
            // n = m * 2**shift with m a float of about 60 bits.
            let shift = n.bit_length() - 60;
            let mantissa = n.shr_bits(shift).to_f64().unwrap_or(1.0);
            return Ok(f(mantissa) + shift as f64 * f(2.0));
        }
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    if x.is_infinite() {
        return Ok(x);
    }
    Ok(f(x))
}

fn ln(x: f64) -> f64 {
    crate::num::double_double::ln(x)
}

fn log(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "log", args, 1, 2)?;
    let numerator = log_of(vm, args[0], ln)?;
    if args.len() == 2 {
        let denominator = log_of(vm, args[1], ln)?;
        if denominator == 0.0 {
            let class = vm.types.zero_division_error;
            return Err(vm.new_exception_msg(class, "float division by zero"));
        }
        return vm.new_float(numerator / denominator);
    }
    vm.new_float(numerator)
}

fn log2(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "log2", args, 1, 1)?;
    let result = log_of(vm, args[0], crate::num::double_double::log2)?;
    vm.new_float(result)
}

fn log10(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "log10", args, 1, 1)?;
    let result = log_of(vm, args[0], crate::num::double_double::log10)?;
    vm.new_float(result)
}

fn log1p(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "log1p", args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    if x <= -1.0 {
        return Err(domain_error(vm));
    }
    checked(vm, x, libm::log1p(x), false)
}

fn two_floats(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    check_args(vm, name, args, 2, 2)?;
    Ok((float_arg(vm, args[0])?, float_arg(vm, args[1])?))
}

fn pow(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args)?;
    match crate::num::float::pow(x, y) {
        Ok(result) => vm.new_float(result),
        Err(error) if error.kind == crate::num::ErrorKind::Overflow => Err(range_error(vm)),
        Err(_) => Err(domain_error(vm)),
    }
}

fn atan2(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", args)?;
    vm.new_float(libm::atan2(y, x))
}

fn copysign(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", args)?;
    vm.new_float(libm::copysign(x, y))
}

fn fmod(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args)?;
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    let result = crate::num::fmod::fmod(x, y);
    if result.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    vm.new_float(result)
}

fn remainder(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", args)?;
    if x.is_nan() || y.is_nan() {
        return vm.new_float(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return vm.new_float(x);
    }
    vm.new_float(libm::remainder(x, y))
}

fn nextafter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", args)?;
    vm.new_float(libm::nextafter(x, y))
}

fn ulp(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ulp", args, 1, 1)?;
    let x = float_arg(vm, args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return vm.new_float(x);
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        let below = libm::nextafter(x, 0.0);
        return vm.new_float(x - below);
    }
    vm.new_float(next - x)
}

fn predicate(vm: &mut Vm, name: &str, args: &[Value], f: fn(f64) -> bool) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    Ok(Value::bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, "isfinite", args, f64::is_finite)
}

fn isinf(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, "isinf", args, f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, "isnan", args, f64::is_nan)
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // cmath's, on complex numbers with zero imaginary parts: the same arithmetic.
    super::cmath::isclose_with(vm, args, kwargs, |vm, v| Ok((float_arg(vm, v)?, 0.0)))
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats round to an int, other objects use their
/// `__floor__`/`__ceil__`/`__trunc__`.
fn round_to_int(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let v = args[0];
    if vm.is_user_object(v) {
        let special = vm.qstrs.intern(special);
        if let Some(result) = vm.call_user_special(v, special, &[])? {
            return Ok(result);
        }
    }
    match vm.as_number(v) {
        Some(Number::Int(n)) => vm.new_int(n),
        Some(Number::Big(n)) => vm.new_bigint(n),
        _ => {
            let x = float_arg(vm, v)?;
            let n = crate::num::float::to_int(f(x)).map_err(|e| vm.num_error(e))?;
            vm.new_bigint(n)
        }
    }
}

fn floor(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, "floor", args, "__floor__", libm::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, "ceil", args, "__ceil__", libm::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, "trunc", args, "__trunc__", libm::trunc)
}

fn modf(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "modf", args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    let (fraction, whole) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        let whole = libm::trunc(x);
        (libm::copysign(x - whole, x), whole)
    };
    let fraction = vm.new_float(fraction)?;
    vm.push_root(fraction);
    let whole = vm.new_float(whole);
    vm.pop_root();
    let whole = whole?;
    vm.new_tuple(alloc::vec![fraction, whole])
}

fn frexp(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "frexp", args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    let (mantissa, exponent) = libm::frexp(x);
    let mantissa = vm.new_float(mantissa)?;
    vm.push_root(mantissa);
    let exponent = vm.new_int(exponent as i64);
    vm.pop_root();
    let exponent = exponent?;
    vm.new_tuple(alloc::vec![mantissa, exponent])
}

fn ldexp(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ldexp", args, 2, 2)?;
    let x = float_arg(vm, args[0])?;
    let exponent = int_arg(vm, args[1])?;
    let exponent = exponent.to_i64().unwrap_or(if exponent.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    let result = libm::scalbn(x, exponent.clamp(-100_000, 100_000) as i32);
    checked(vm, x, result, true)
}

fn hypot_of(values: &[f64]) -> f64 {
    if values.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if values.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match values {
        [] => 0.0,
        [x] => x.abs(),
        [x, y] => libm::hypot(*x, *y),
        _ => {
            let largest = values.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            if largest == 0.0 {
                return 0.0;
            }
            // Scaled sum of squares, summed exactly then rounded once.
            let squares: Vec<f64> = values
                .iter()
                .map(|x| {
                    let s = x / largest;
                    s * s
                })
                .collect();
            libm::sqrt(exact_sum(&squares).unwrap_or(f64::INFINITY)) * largest
        }
    }
}

fn hypot(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for &arg in args {
        values.push(float_arg(vm, arg)?);
    }
    vm.new_float(hypot_of(&values))
}

/// The items of an iterable converted by `convert`, kept reachable meanwhile (a conversion
/// may run Python code, `__float__` or `__index__`, and so the collector).
pub fn convert_items<T>(
    vm: &mut Vm,
    iterable: Value,
    mut convert: impl FnMut(&mut Vm, Value) -> PyResult<T>,
) -> PyResult<Vec<T>> {
    let items = vm.collect_iterable(iterable)?;
    let holder = vm.new_list(items.clone())?;
    vm.push_root(holder);
    let result = (|| {
        let mut values = Vec::with_capacity(items.len());
        for item in items {
            values.push(convert(vm, item)?);
        }
        Ok(values)
    })();
    vm.pop_root();
    result
}

fn float_sequence(vm: &mut Vm, v: Value) -> PyResult<Vec<f64>> {
    convert_items(vm, v, float_arg)
}

fn dist(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dist", args, 2, 2)?;
    for &arg in args {
        let is_sequence = matches!(
            vm.heap_obj(arg),
            Some(crate::obj::Obj::Tuple(_) | crate::obj::Obj::List(_))
        );
        if !is_sequence {
            let name = vm.type_name(arg);
            return Err(vm.type_error(format!("dist(): argument must be tuple, not {name}")));
        }
    }
    let p = float_sequence(vm, args[0])?;
    let q = float_sequence(vm, args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let differences: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    vm.new_float(hypot_of(&differences))
}

/// The correctly rounded sum of `values` (Shewchuk's exact partials, then a half-way
/// correction), or `None` on overflow of an intermediate sum.
fn exact_sum(values: &[f64]) -> Option<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut infinite_sum = 0.0f64;
    for &value in values {
        if !value.is_finite() {
            if value.is_infinite() {
                infinite_sum += value;
            }
            special += value;
            continue;
        }
        let mut x = value;
        let mut kept = 0;
        for index in 0..partials.len() {
            let mut y = partials[index];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let high = x + y;
            let low = y - (high - x);
            if low != 0.0 {
                partials[kept] = low;
                kept += 1;
            }
            x = high;
        }
        partials.truncate(kept);
        if !x.is_finite() {
            return None;
        }
        partials.push(x);
    }
    if special != 0.0 {
        return Some(if infinite_sum.is_nan() {
            f64::NAN
        } else {
            special
        });
    }
    let mut high = 0.0;
    let mut index = partials.len();
    if index > 0 {
        index -= 1;
        high = partials[index];
        let mut low = 0.0;
        while index > 0 {
            index -= 1;
            let x = high;
            let y = partials[index];
            high = x + y;
            let y_rounded = high - x;
            low = y - y_rounded;
            if low != 0.0 {
                break;
            }
        }
        // Round half-even correctly: if the rest of the partials push past the half-way point.
        if index > 0
            && ((low < 0.0 && partials[index - 1] < 0.0)
                || (low > 0.0 && partials[index - 1] > 0.0))
        {
            let y = low * 2.0;
            let x = high + y;
            if y == x - high {
                high = x;
            }
        }
    }
    Some(high)
}

fn fsum(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "fsum", args, 1, 1)?;
    let values = float_sequence(vm, args[0])?;
    if values.iter().any(|x| x.is_nan()) {
        return vm.new_float(f64::NAN);
    }
    let infinities: Vec<f64> = values.iter().copied().filter(|x| x.is_infinite()).collect();
    if infinities.contains(&f64::INFINITY) && infinities.contains(&f64::NEG_INFINITY) {
        return Err(vm.value_error("-inf + inf in fsum"));
    }
    match exact_sum(&values) {
        Some(sum) => vm.new_float(sum),
        None => Err(vm.overflow_error("intermediate overflow in fsum")),
    }
}

fn gcd(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mut result = BigInt::zero();
    for &arg in args {
        let n = int_arg(vm, arg)?;
        result = BigInt::gcd(&result, &n);
    }
    vm.new_bigint(result)
}

fn lcm(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mut result = BigInt::from_i64(1);
    for &arg in args {
        let n = int_arg(vm, arg)?;
        if n.is_zero() || result.is_zero() {
            result = BigInt::zero();
            continue;
        }
        let divisor = BigInt::gcd(&result, &n);
        let product = (&result * &n).abs();
        result = BigInt::divmod_floor(&product, &divisor)
            .map(|(q, _)| q)
            .unwrap_or_else(BigInt::zero);
    }
    vm.new_bigint(result)
}

/// Product of the integers in `low..=high` (by halves, so the numbers multiplied stay balanced).
fn range_product(low: u64, high: u64) -> BigInt {
    if low > high {
        return BigInt::from_i64(1);
    }
    if high - low < 8 {
        let mut product = BigInt::from_u64(low);
        for k in low + 1..=high {
            product = &product * &BigInt::from_u64(k);
        }
        return product;
    }
    let middle = low + (high - low) / 2;
    &range_product(low, middle) * &range_product(middle + 1, high)
}

/// Refuses integer results whose size would not fit the heap.
fn reserve_digits(vm: &mut Vm, bits: f64) -> PyResult<()> {
    let bytes = bits / 8.0;
    if bytes > 1e9 {
        return Err(vm.memory_error());
    }
    vm.reserve(bytes as usize)
}

fn factorial(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "factorial", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n < 1 << 32) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    reserve_digits(
        vm,
        n as f64 * crate::num::double_double::log2(n.max(2) as f64),
    )?;
    vm.new_bigint(range_product(1, n.max(1)))
}

fn nonnegative(vm: &mut Vm, v: Value, name: &str) -> PyResult<BigInt> {
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error(format!("{name} must be a non-negative integer")));
    }
    Ok(n)
}

fn comb(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "comb", args, 2, 2)?;
    let n = nonnegative(vm, args[0], "n")?;
    let k = nonnegative(vm, args[1], "k")?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let rest = &n - &k;
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_u64().filter(|&k| k < 1 << 32) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    reserve_digits(vm, k as f64 * n.bit_length() as f64)?;
    // C(n, i) = C(n, i - 1) * (n - i + 1) / i, exact at every step.
    let mut result = BigInt::from_i64(1);
    for i in 1..=k {
        let factor = &(&n - &BigInt::from_u64(i)) + &BigInt::from_i64(1);
        let product = &result * &factor;
        result = BigInt::divmod_floor(&product, &BigInt::from_u64(i))
            .map(|(q, _)| q)
            .unwrap_or_else(BigInt::zero);
    }
    vm.new_bigint(result)
}

fn perm(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "perm", args, 1, 2)?;
    if args.len() == 1 || args[1] == Value::NONE {
        return factorial(vm, &args[..1], &[]);
    }
    let n = nonnegative(vm, args[0], "n")?;
    let k = nonnegative(vm, args[1], "k")?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k < 1 << 32) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    reserve_digits(vm, k as f64 * n.bit_length() as f64)?;
    let mut result = BigInt::from_i64(1);
    for i in 0..k {
        result = &result * &(&n - &BigInt::from_u64(i));
    }
    vm.new_bigint(result)
}

fn isqrt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "isqrt", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    match n.isqrt() {
        Some(root) => vm.new_bigint(root),
        None => Err(vm.value_error("isqrt() argument must be nonnegative")),
    }
}

fn prod(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "prod", kwargs, &["start"])?;
    check_args(vm, "prod", args, 1, 1)?;
    let start = kwarg(vm, kwargs, "start").unwrap_or(Value::small_int(1));
    let items = vm.collect_iterable(args[0])?;
    // Keep the items and the running product reachable: `*` may run Python code.
    let holder = vm.new_list(items)?;
    vm.push_root(holder);
    vm.push_root(start);
    let result = (|| {
        let mut product = start;
        let mut index = 0;
        while let crate::obj::Obj::List(items) = vm.heap.get(holder) {
            let Some(&item) = items.get(index) else {
                break;
            };
            product = vm.binary_op(binary::MULTIPLY, product, item)?;
            vm.pop_root();
            vm.push_root(product);
            index += 1;
        }
        Ok(product)
    })();
    vm.pop_root();
    vm.pop_root();
    result
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("acos", acos),
    Builtin::new("acosh", acosh),
    Builtin::new("asin", asin),
    Builtin::new("asinh", asinh),
    Builtin::new("atan", atan),
    Builtin::new("atan2", atan2),
    Builtin::new("atanh", atanh),
    Builtin::new("cbrt", cbrt),
    Builtin::new("ceil", ceil),
    Builtin::new("comb", comb),
    Builtin::new("copysign", copysign),
    Builtin::new("cos", cos),
    Builtin::new("cosh", cosh),
    Builtin::new("degrees", degrees),
    Builtin::new("dist", dist),
    Builtin::new("erf", erf),
    Builtin::new("erfc", erfc),
    Builtin::new("exp", exp),
    Builtin::new("exp2", exp2),
    Builtin::new("expm1", expm1),
    Builtin::new("fabs", fabs),
    Builtin::new("factorial", factorial),
    Builtin::new("floor", floor),
    Builtin::new("fmod", fmod),
    Builtin::new("frexp", frexp),
    Builtin::new("fsum", fsum),
    Builtin::new("gamma", gamma),
    Builtin::new("gcd", gcd),
    Builtin::new("hypot", hypot),
    Builtin::with_keywords("isclose", isclose),
    Builtin::new("isfinite", isfinite),
    Builtin::new("isinf", isinf),
    Builtin::new("isnan", isnan),
    Builtin::new("isqrt", isqrt),
    Builtin::new("lcm", lcm),
    Builtin::new("ldexp", ldexp),
    Builtin::new("lgamma", lgamma),
    Builtin::new("log", log),
    Builtin::new("log10", log10),
    Builtin::new("log1p", log1p),
    Builtin::new("log2", log2),
    Builtin::new("modf", modf),
    Builtin::new("nextafter", nextafter),
    Builtin::new("perm", perm),
    Builtin::new("pow", pow),
    Builtin::with_keywords("prod", prod),
    Builtin::new("radians", radians),
    Builtin::new("remainder", remainder),
    Builtin::new("sin", sin),
    Builtin::new("sinh", sinh),
    Builtin::new("sqrt", sqrt),
    Builtin::new("tan", tan),
    Builtin::new("tanh", tanh),
    Builtin::new("trunc", trunc),
    Builtin::new("ulp", ulp),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("math", fill)
}

fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
    let dict = vm.module_dict(module);
    for (name, value) in [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let value = vm.new_float(value)?;
        let name = vm.qstrs.intern(name);
        vm.dict_set_name(dict, name, value)?;
    }
    Ok(())
}
