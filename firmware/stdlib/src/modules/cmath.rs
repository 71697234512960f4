//! `cmath`: CPython's complex math functions, with its branch cuts, signed zeros and errors.
//!
//! A complex is a `(real, imaginary)` pair of floats. Every function takes a complex, a float,
//! an int, or an object with `__complex__`, `__float__` or `__index__`. The inverse functions
//! use Kahan's formulas (square roots of `1 ± z`, so that the sign of a zero part picks the side
//! of a branch cut); `sin`, `tan`, `asin` and `atan` are `-i·f(iz)` of their hyperbolic twins.
//! Infinite and NaN parts give C99 Annex G's special values, which come out of the formulas
//! themselves or from a few explicit cases rather than from tables. Errors follow CPython: a
//! pole or an invalid special value (`log(0)`, `atanh(1)`, `exp(1 + infj)`) is a
//! `ValueError: math domain error`, an infinite result from finite parts (`exp(1000)`) is an
//! `OverflowError: math range error`.

use alloc::format;

use core::f64::consts::{FRAC_PI_2, LN_10, LN_2};

use super::math::{domain_error, float_arg, range_error};
use crate::modules::builtins::check_args;
use crate::num::complex::quotient;
use crate::obj::float::complex_arg;
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

const INFINITY: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

/// `(real, imaginary)`.
pub(crate) type Complex = (f64, f64);

/// A function's value, or `None` for a domain error.
type Outcome = Option<Complex>;

/// Beyond this the inverse functions switch to their asymptotic forms (`1 ± z` would overflow).
const LARGE: f64 = f64::MAX / 4.0;

/// Beyond this `atanh` switches to its asymptotic form (a part squared would overflow).
const SQRT_LARGE: f64 = 1e150;

/// `magnitude` with the sign of `sign`; a NaN's sign counts as positive (it is arbitrary: a NaN
/// may have been negated on the way).
fn signed(magnitude: f64, sign: f64) -> f64 {
    if sign.is_nan() {
        magnitude
    } else {
        libm::copysign(magnitude, sign)
    }
}

/// The zero `a · zero` as a sign rule: the product of the signs, or +0 when `a` is a NaN.
fn signed_zero(a: f64, zero: f64) -> f64 {
    if a.is_nan() {
        0.0
    } else {
        libm::copysign(1.0, a) * zero
    }
}

/// Both parts at most `LARGE` (so neither is infinite nor NaN).
fn moderate(x: f64, y: f64) -> bool {
    x.abs() <= LARGE && y.abs() <= LARGE
}

/// `(a, b, k)`: `a` and `b` (not negative) times 2^k, a power of two that keeps `hypot` from
/// overflowing or losing a subnormal's digits (k is even, so that square roots scale too).
fn rescaled(a: f64, b: f64) -> (f64, f64, i32) {
    let (scale, k) = if a > LARGE || b > LARGE {
        (0.25, -2)
    } else if a < f64::MIN_POSITIVE && b < f64::MIN_POSITIVE {
        ((1u64 << 54) as f64, 54)
    } else {
        (1.0, 0)
    };
    (a * scale, b * scale, k)
}

/// `ln |x + iy|`, accurate near |z| = 1 and for parts that would overflow or underflow `hypot`.
fn log_abs(x: f64, y: f64) -> f64 {
    let (a, b) = (x.abs(), y.abs());
    if a.is_infinite() || b.is_infinite() {
        return INFINITY;
    }
    let (big, small) = if a < b { (b, a) } else { (a, b) };
    let (p, q, k) = rescaled(big, small);
    let h = libm::hypot(p, q);
    if k == 0 && (0.71..=1.73).contains(&h) {
        // ln(h) = ln(1 + (h² - 1)) / 2 without losing h² - 1 to rounding.
        return libm::log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0;
    }
    libm::log(h) - k as f64 * LN_2
}

fn log_of(x: f64, y: f64) -> Complex {
    (log_abs(x, y), libm::atan2(y, x))
}

fn log_nonzero(x: f64, y: f64) -> Outcome {
    (x != 0.0 || y != 0.0).then(|| log_of(x, y))
}

fn log10_of(x: f64, y: f64) -> Outcome {
    let (re, im) = log_nonzero(x, y)?;
    Some((re / LN_10, im / LN_10))
}

/// The principal square root; its branch cut is the negative real axis, where the sign of the
/// imaginary zero picks the side.
fn sqrt_of(x: f64, y: f64) -> Complex {
    if y.is_infinite() {
        return (INFINITY, y);
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (a, b) = (x.abs(), y.abs());
    // t = sqrt((|x| + |z|) / 2), computed on rescaled parts.
    let (p, q, k) = rescaled(a, b);
    let t = libm::scalbn(libm::sqrt((p + libm::hypot(p, q)) / 2.0), -k / 2);
    if x >= 0.0 || x.is_nan() {
        (t, y / (2.0 * t))
    } else {
        (b / (2.0 * t), signed(t, y))
    }
}

/// `r·(cos φ + i sin φ)`; a domain error for a nonzero `r` at an infinite angle.
fn rect_of(r: f64, phi: f64) -> Outcome {
    if phi == 0.0 {
        return Some((r, signed_zero(r, phi)));
    }
    if !phi.is_finite() {
        if phi.is_infinite() && r != 0.0 && !r.is_nan() {
            return None;
        }
        return Some(if r == 0.0 {
            (0.0, 0.0)
        } else if r.is_infinite() {
            (INFINITY, NAN)
        } else {
            (NAN, NAN)
        });
    }
    Some((r * libm::cos(phi), r * libm::sin(phi)))
}

fn exp_of(x: f64, y: f64) -> Outcome {
    if y == 0.0 {
        return Some((libm::exp(x), y));
    }
    if y.is_infinite() && x > f64::NEG_INFINITY {
        return None;
    }
    // e^x as two halves beyond 700, so that e^x·cos y may stay finite where e^x is not.
    let half = x > 700.0;
    let scale = libm::exp(if half { x / 2.0 } else { x });
    let (re, im) = rect_of(scale, y)?;
    Some(if half {
        (re * scale, im * scale)
    } else {
        (re, im)
    })
}

/// `cosh` (`odd` false) or `sinh` (`odd` true).
fn hyperbolic(x: f64, y: f64, odd: bool) -> Outcome {
    if !y.is_finite() {
        if y.is_infinite() && !x.is_nan() {
            return None;
        }
        return Some(if x == 0.0 {
            if odd {
                (0.0, NAN)
            } else {
                (NAN, 0.0)
            }
        } else if x.is_infinite() {
            (INFINITY, NAN)
        } else {
            (NAN, NAN)
        });
    }
    let a = x.abs();
    // cosh |x| = c·k and sinh |x| = s·k, with k > 1 only where cosh alone would overflow.
    let (c, s, k) = if a > 700.0 {
        let h = libm::exp(a / 2.0);
        (h / 2.0, h / 2.0, h)
    } else {
        (libm::cosh(a), libm::sinh(a), 1.0)
    };
    let s = libm::copysign(s, x);
    if y == 0.0 {
        return Some(if odd {
            (s * k, y)
        } else {
            (c * k, signed_zero(x, y))
        });
    }
    let (cos, sin) = (libm::cos(y), libm::sin(y));
    Some(if odd {
        (s * cos * k, c * sin * k)
    } else {
        (c * cos * k, s * sin * k)
    })
}

fn cosh_of(x: f64, y: f64) -> Outcome {
    hyperbolic(x, y, false)
}

fn sinh_of(x: f64, y: f64) -> Outcome {
    hyperbolic(x, y, true)
}

fn tanh_of(x: f64, y: f64) -> Outcome {
    if x.is_infinite() {
        let im = if y.is_finite() {
            libm::copysign(0.0, libm::sin(2.0 * y))
        } else {
            0.0
        };
        return Some((libm::copysign(1.0, x), im));
    }
    if y == 0.0 {
        return Some((libm::tanh(x), y));
    }
    if y.is_infinite() && !x.is_nan() {
        return None;
    }
    // (tanh x + i tan y) / (1 + i tanh x tan y), with 1 - tanh²x written as 1/cosh²x.
    let (tx, ty) = (libm::tanh(x), libm::tan(y));
    let sech = 1.0 / libm::cosh(x);
    let txty = tx * ty;
    let denominator = 1.0 + txty * txty;
    Some((
        tx * (1.0 + ty * ty) / denominator,
        ty / denominator * sech * sech,
    ))
}

fn asinh_of(x: f64, y: f64) -> Outcome {
    if !moderate(x, y) {
        // asinh z ~ ln 2z.
        let l = log_abs(x, y) + LN_2;
        let im = if y == 0.0 { y } else { libm::atan2(y, x.abs()) };
        return Some((signed(l, x), im));
    }
    let (a, b) = (sqrt_of(1.0 + y, -x), sqrt_of(1.0 - y, x));
    Some((
        libm::asinh(a.0 * b.1 - a.1 * b.0),
        libm::atan2(y, a.0 * b.0 - a.1 * b.1),
    ))
}

fn acos_of(x: f64, y: f64) -> Outcome {
    if !moderate(x, y) {
        if x == 0.0 && y.is_nan() {
            return Some((FRAC_PI_2, y));
        }
        let l = log_abs(x, y) + LN_2;
        return Some((libm::atan2(y.abs(), x), signed(l, -y)));
    }
    let (a, b) = (sqrt_of(1.0 - x, -y), sqrt_of(1.0 + x, y));
    Some((
        2.0 * libm::atan2(a.0, b.0),
        libm::asinh(b.0 * a.1 - b.1 * a.0),
    ))
}

fn acosh_of(x: f64, y: f64) -> Outcome {
    if !moderate(x, y) {
        return Some((log_abs(x, y) + LN_2, libm::atan2(y, x)));
    }
    let (a, b) = (sqrt_of(x - 1.0, y), sqrt_of(x + 1.0, y));
    Some((
        libm::asinh(a.0 * b.0 + a.1 * b.1),
        2.0 * libm::atan2(a.1, b.0),
    ))
}

fn atanh_of(x: f64, y: f64) -> Outcome {
    let (a, b) = (x.abs(), y.abs());
    if x.is_nan() || y.is_nan() {
        return Some(if a.is_infinite() {
            (libm::copysign(0.0, x), NAN)
        } else if b.is_infinite() {
            (0.0, libm::copysign(FRAC_PI_2, y))
        } else if x == 0.0 {
            (x, NAN)
        } else {
            (NAN, NAN)
        });
    }
    // Computed for |x| (the real part is odd in x), then signed.
    let (re, im) = if a > SQRT_LARGE || b > SQRT_LARGE {
        // atanh z ~ 1/z.
        let re = if a.is_infinite() || b.is_infinite() {
            0.0
        } else {
            let h = libm::hypot(a / 2.0, b / 2.0);
            a / 4.0 / h / h
        };
        (re, libm::copysign(FRAC_PI_2, y))
    } else {
        if a == 1.0 && y == 0.0 {
            return None;
        }
        let re = if a == 1.0 && b < 1.0 / SQRT_LARGE {
            (LN_2 - libm::log(b)) / 2.0
        } else {
            libm::log1p(4.0 * a / ((1.0 - a) * (1.0 - a) + b * b)) / 4.0
        };
        (
            re,
            libm::atan2(2.0 * y, (1.0 - a) * (1.0 + a) - b * b) / 2.0,
        )
    };
    Some((libm::copysign(re, x), im))
}

/// `-i·f(iz)`: sin, tan, asin and atan from their hyperbolic twins.
fn rotated(f: fn(f64, f64) -> Outcome, x: f64, y: f64) -> Outcome {
    let (a, b) = f(-y, x)?;
    Some((b, -a))
}

fn new_complex(vm: &mut Vm, (re, im): Complex) -> PyResult<Value> {
    vm.number_value(Number::Complex(re, im))
}

/// Refuses keyword arguments, as CPython's positional-only functions do.
fn no_kwargs(vm: &mut Vm, qualified: &str, kwargs: &[(Value, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{qualified}() takes no keyword arguments")))
}

/// The one complex argument of a one-argument function.
fn one_arg(
    vm: &mut Vm,
    qualified: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Complex> {
    no_kwargs(vm, qualified, kwargs)?;
    check_args(vm, qualified, args, 1, 1)?;
    complex_arg(vm, args[0])
}

/// Gives a function's value with CPython's errors: `None` is a domain error, an infinite part
/// from finite arguments (`z`) a range error.
fn finish(vm: &mut Vm, (x, y): Complex, outcome: Outcome) -> PyResult<Value> {
    let Some((re, im)) = outcome else {
        return Err(domain_error(vm));
    };
    if x.is_finite() && y.is_finite() && (re.is_infinite() || im.is_infinite()) {
        return Err(range_error(vm));
    }
    new_complex(vm, (re, im))
}

/// A one-argument function: `f` of the argument, with CPython's errors.
#[inline(never)]
fn unary(
    vm: &mut Vm,
    qualified: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    f: fn(f64, f64) -> Outcome,
) -> PyResult<Value> {
    let z = one_arg(vm, qualified, args, kwargs)?;
    finish(vm, z, f(z.0, z.1))
}

macro_rules! complex_functions {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
                unary(vm, concat!("cmath.", stringify!($name)), args, kwargs, $f)
            }
        )*
    };
}

complex_functions! {
    exp => exp_of;
    log10 => log10_of;
    sqrt => |x, y| Some(sqrt_of(x, y));
    acos => acos_of;
    asin => |x, y| rotated(asinh_of, x, y);
    atan => |x, y| rotated(atanh_of, x, y);
    cos => |x, y| cosh_of(-y, x);
    sin => |x, y| rotated(sinh_of, x, y);
    tan => |x, y| rotated(tanh_of, x, y);
    acosh => acosh_of;
    asinh => asinh_of;
    atanh => atanh_of;
    cosh => cosh_of;
    sinh => sinh_of;
    tanh => tanh_of;
}

/// `log(z[, base])`: like CPython, only the base's logarithm (or a zero divisor) is checked
/// when a base is given, so `log(0, 2)` is `-inf+nanj`.
fn log(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "cmath.log", kwargs)?;
    check_args(vm, "log", args, 1, 2)?;
    let (x, y) = complex_arg(vm, args[0])?;
    let outcome = match args.get(1) {
        None => log_nonzero(x, y),
        Some(&base) => {
            let (u, v) = complex_arg(vm, base)?;
            log_nonzero(u, v).and_then(|divisor| quotient(log_of(x, y), divisor).ok())
        }
    };
    let Some(result) = outcome else {
        return Err(domain_error(vm));
    };
    new_complex(vm, result)
}

fn phase(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = one_arg(vm, "cmath.phase", args, kwargs)?;
    vm.new_float(libm::atan2(y, x))
}

fn polar(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (x, y) = one_arg(vm, "cmath.polar", args, kwargs)?;
    let r = libm::hypot(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    let r = vm.new_float(r)?;
    vm.push_root(r);
    let phi = vm.new_float(libm::atan2(y, x));
    vm.pop_root();
    let phi = phi?;
    vm.new_tuple(alloc::vec![r, phi])
}

fn rect(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "cmath.rect", kwargs)?;
    check_args(vm, "rect", args, 2, 2)?;
    let r = float_arg(vm, args[0])?;
    let phi = float_arg(vm, args[1])?;
    finish(vm, (r, phi), rect_of(r, phi))
}

fn predicate(
    vm: &mut Vm,
    qualified: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    f: fn(f64) -> bool,
    both: bool,
) -> PyResult<Value> {
    let (x, y) = one_arg(vm, qualified, args, kwargs)?;
    Ok(Value::bool(if both { f(x) && f(y) } else { f(x) || f(y) }))
}

fn isfinite(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, "cmath.isfinite", args, kwargs, f64::is_finite, true)
}

fn isinf(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, "cmath.isinf", args, kwargs, f64::is_infinite, false)
}

fn isnan(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, "cmath.isnan", args, kwargs, f64::is_nan, false)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` with CPython's argument errors, for `cmath`
/// and (with `convert` reading a real number as a complex with a zero imaginary part) `math`.
pub(crate) fn isclose_with(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    convert: fn(&mut Vm, Value) -> PyResult<Complex>,
) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut slots: [Option<Value>; 4] = [args.first().copied(), args.get(1).copied(), None, None];
    for &(key, value) in kwargs {
        let name = vm.str_text(key).unwrap_or("");
        let Some(index) = NAMES.iter().position(|&n| n == name) else {
            let message = format!("'{name}' is an invalid keyword argument for isclose()");
            return Err(vm.type_error(message));
        };
        if slots[index].is_some() {
            return Err(vm.type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                index + 1
            )));
        }
        slots[index] = Some(value);
    }
    // a, b, rel_tol, abs_tol in order, as CPython converts them.
    let mut values = [(0.0, 0.0), (0.0, 0.0), (1e-9, 0.0), (0.0, 0.0)];
    for (index, value) in values.iter_mut().enumerate() {
        match slots[index] {
            Some(arg) if index < 2 => *value = convert(vm, arg)?,
            Some(arg) => value.0 = float_arg(vm, arg)?,
            None if index < 2 => {
                return Err(vm.type_error(format!(
                    "isclose() missing required argument '{}' (pos {})",
                    NAMES[index],
                    index + 1
                )))
            }
            None => {}
        }
    }
    let [(a, b), (c, d), (rel_tol, _), (abs_tol, _)] = values;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == c && b == d {
        return Ok(Value::TRUE);
    }
    if [a, b, c, d].iter().any(|part| part.is_infinite()) {
        return Ok(Value::FALSE);
    }
    let difference = libm::hypot(c - a, d - b);
    Ok(Value::bool(
        difference <= rel_tol * libm::hypot(c, d)
            || difference <= rel_tol * libm::hypot(a, b)
            || difference <= abs_tol,
    ))
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    isclose_with(vm, args, kwargs, complex_arg)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("acos", acos),
    Builtin::new("acosh", acosh),
    Builtin::new("asin", asin),
    Builtin::new("asinh", asinh),
    Builtin::new("atan", atan),
    Builtin::new("atanh", atanh),
    Builtin::new("cos", cos),
    Builtin::new("cosh", cosh),
    Builtin::new("exp", exp),
    Builtin::with_keywords("isclose", isclose),
    Builtin::with_keywords("isfinite", isfinite),
    Builtin::with_keywords("isinf", isinf),
    Builtin::with_keywords("isnan", isnan),
    Builtin::with_keywords("log", log),
    Builtin::new("log10", log10),
    Builtin::with_keywords("phase", phase),
    Builtin::with_keywords("polar", polar),
    Builtin::with_keywords("rect", rect),
    Builtin::new("sin", sin),
    Builtin::new("sinh", sinh),
    Builtin::new("sqrt", sqrt),
    Builtin::new("tan", tan),
    Builtin::new("tanh", tanh),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("cmath", fill)
}

fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
    let dict = vm.module_dict(module);
    // A name ending in `j` is the imaginary constant.
    for (name, x) in [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", INFINITY),
        ("infj", INFINITY),
        ("nan", NAN),
        ("nanj", NAN),
    ] {
        let value = if name.ends_with('j') {
            new_complex(vm, (0.0, x))?
        } else {
            vm.new_float(x)?
        };
        let name = vm.qstrs.intern(name);
        vm.dict_set_name(dict, name, value)?;
    }
    Ok(())
}
