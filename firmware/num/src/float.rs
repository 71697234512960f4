//! Python float semantics: repr, parsing, floor division, `round`, `pow` and exact ratios.
//!
//! Digits are generated here, not by core's float formatting (whose Grisu/Dragon code and
//! tables cost ~12 KB of flash): a correctly rounded digit count is one exact division
//! (128-bit for ordinary values, [`BigInt`] otherwise), and the shortest round-trip digits are
//! the fewest such digits that read back as the float. Then the digits are laid out the way
//! CPython prints them. `round` with digits is
//! computed exactly with [`BigInt`] arithmetic (round-half-even on the exact binary value).

use super::bigint::BigInt;
use super::double_double;
use super::{ErrorKind, NumError};
use alloc::format;
use alloc::string::String;

/// `repr(x)` / `str(x)`: CPython's shortest round-trip form.
pub fn repr(x: f64) -> String {
    let mut text = String::new();
    if x.is_sign_negative() && !x.is_nan() {
        text.push('-');
    }
    text.push_str(&format_abs(x.abs(), 'r', None, false));
    text
}

/// A double's exact decimal expansion has at most 767 significant digits and 1074 after the
/// point: digits past these are zeros, so no more are computed and the zeros are appended.
const EXACT_SIGNIFICANT: usize = 800;
const EXACT_FRACTION: usize = 1100;

/// The digits of a finite non-negative float and its decimal exponent: value = d.ddd × 10^exp.
/// `significant` None gives the shortest round-trip digits (the nearest of them, ties to
/// even), else exactly that many, correctly rounded (half-even on the exact binary value).
fn decimal_digits(abs: f64, significant: Option<usize>) -> (String, i32) {
    let Some(count) = significant else {
        return shortest_digits(abs);
    };
    // Past EXACT_SIGNIFICANT a double's digits are zeros: compute no more than that.
    let wanted = count.max(1);
    let count = wanted.min(EXACT_SIGNIFICANT);
    if abs == 0.0 {
        return (zeros(wanted), 0);
    }
    let (mantissa, exponent) = decompose(abs);
    // floor(log2 abs) × log10(2), within one of floor(log10 abs); the loop settles it.
    let binary_order = 63 - mantissa.leading_zeros() as i32 + exponent;
    let mut decimal_exponent = (binary_order * 78_913) >> 18;
    loop {
        let (mut digits, carried) = scaled_digits(abs, count as i32 - 1 - decimal_exponent);
        let truncated_length = digits.len() - carried as usize;
        if truncated_length > count {
            decimal_exponent += 1;
        } else if truncated_length < count {
            decimal_exponent -= 1;
        } else {
            if carried {
                // rounded up to 10^count: one digit more, all zeros after the 1
                digits.pop();
                decimal_exponent += 1;
            }
            digits.push_str(&zeros(wanted - count));
            return (digits, decimal_exponent);
        }
    }
}

/// The fewest digits that read back as `abs`; of those, the nearest (ties to even).
fn shortest_digits(abs: f64) -> (String, i32) {
    if abs == 0.0 {
        return (String::from("0"), 0);
    }
    // Whether some `count`-digit decimal reads back as `abs` only grows with `count` (every
    // shorter decimal is also a longer one), so a binary search finds the fewest; 17 always do.
    let (mut low, mut high) = (1, 17);
    while low < high {
        let middle = (low + high) / 2;
        if round_trip_digits(abs, middle).is_some() {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    round_trip_digits(abs, low).unwrap_or_else(|| decimal_digits(abs, Some(17)))
}

/// A `count`-digit decimal that reads back as `abs`, if there is one: the nearest, or at a
/// power of two (where the gap below is half the gap above) the one just above it.
fn round_trip_digits(abs: f64, count: usize) -> Option<(String, i32)> {
    let reads_back = |digits: &str, exponent: i32| {
        from_decimal(digits, exponent as i64 + 1 - digits.len() as i64) == abs
    };
    let (digits, exponent) = decimal_digits(abs, Some(count));
    if reads_back(&digits, exponent) {
        return Some((digits, exponent));
    }
    if decompose(abs).0.is_power_of_two() {
        let mut above = digits.into_bytes();
        let mut exponent = exponent;
        let mut index = above.len();
        loop {
            if index == 0 {
                // 99…9 + 1: a 1 and zeros, one decimal place up
                above.insert(0, b'1');
                above.pop();
                exponent += 1;
                break;
            }
            index -= 1;
            if above[index] == b'9' {
                above[index] = b'0';
            } else {
                above[index] += 1;
                break;
            }
        }
        let above = String::from_utf8(above).unwrap_or_default();
        if reads_back(&above, exponent) {
            return Some((above, exponent));
        }
    }
    None
}

/// A finite non-negative float as mantissa × 2^exponent.
fn decompose(abs: f64) -> (u64, i32) {
    let bits = abs.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

fn zeros(count: usize) -> String {
    core::iter::repeat_n('0', count).collect()
}

/// The decimal digits of abs × 10^scale rounded to an integer (half-even on the exact value;
/// "0" for zero), and whether rounding up added a digit (…999 became 1000…).
fn scaled_digits(abs: f64, scale: i32) -> (String, bool) {
    let (mantissa, exponent) = decompose(abs);
    // Small scales of ordinary floats fit 128 bits (10^22 × 2^53 < 2^128): no big integers.
    if (0..=22).contains(&scale) && (-127..=0).contains(&exponent) {
        let numerator = mantissa as u128 * 10u128.pow(scale as u32);
        let shift = exponent.unsigned_abs();
        let quotient = numerator >> shift;
        let remainder = numerator - (quotient << shift);
        let half = (1u128 << shift) >> 1;
        let up = shift > 0 && (remainder > half || (remainder == half && quotient & 1 == 1));
        return small_digits(quotient, up);
    }
    let ten = BigInt::from_i64(10);
    let power = |exponent: i32| {
        ten.pow(exponent.unsigned_abs() as u64, u64::MAX)
            .unwrap_or_else(BigInt::zero)
    };
    let mut numerator = BigInt::from_u64(mantissa);
    let mut denominator = BigInt::from_i64(1);
    if exponent >= 0 {
        numerator = numerator
            .shl_bits(exponent as u64, u64::MAX)
            .unwrap_or_default();
    } else {
        denominator = denominator
            .shl_bits(exponent.unsigned_abs() as u64, u64::MAX)
            .unwrap_or_default();
    }
    if scale >= 0 {
        numerator = &numerator * &power(scale);
    } else {
        denominator = &denominator * &power(scale);
    }
    let (quotient, remainder) = BigInt::divmod_trunc(&numerator, &denominator).unwrap_or_default();
    let twice = &remainder + &remainder;
    let up = match twice.cmp(&denominator) {
        core::cmp::Ordering::Greater => true,
        core::cmp::Ordering::Equal => quotient.is_odd(),
        core::cmp::Ordering::Less => false,
    };
    let before = quotient.to_string_radix(10);
    if !up {
        return (before, false);
    }
    let after = (&quotient + &BigInt::from_i64(1)).to_string_radix(10);
    let carried = after.len() > before.len();
    (after, carried)
}

/// The digits of `quotient` (+1 when `up`, below 2^127), and whether the +1 added a digit.
fn small_digits(quotient: u128, up: bool) -> (String, bool) {
    const TEN_TO_19: u128 = 10_000_000_000_000_000_000;
    let rounded = quotient + up as u128;
    // Two 64-bit halves: one 128-bit division instead of one per digit.
    let high = (rounded / TEN_TO_19) as u64;
    let mut digits = alloc::vec::Vec::new();
    if high > 0 {
        push_digits(&mut digits, high, 1);
    }
    push_digits(
        &mut digits,
        (rounded % TEN_TO_19) as u64,
        if high > 0 { 19 } else { 1 },
    );
    let carried = up
        && digits.len() > 1
        && digits[0] == b'1'
        && digits[1..].iter().all(|digit| *digit == b'0');
    (String::from_utf8(digits).unwrap_or_default(), carried)
}

/// Appends the decimal digits of `value`, zero-padded to at least `width`.
fn push_digits(digits: &mut alloc::vec::Vec<u8>, mut value: u64, width: usize) {
    let start = digits.len();
    while value > 0 || digits.len() - start < width {
        digits.push(b'0' + (value % 10) as u8);
        value /= 10;
    }
    digits[start..].reverse();
}

/// Positional layout of `digits` (d.ddd × 10^exponent); `fraction_digits` None keeps exactly
/// the digits there are.
fn positional(digits: &str, exponent: i32) -> (String, String) {
    if exponent >= 0 {
        let split = exponent as usize + 1;
        if digits.len() <= split {
            let mut integer = String::from(digits);
            integer.extend(core::iter::repeat_n('0', split - digits.len()));
            (integer, String::new())
        } else {
            (
                String::from(&digits[..split]),
                String::from(&digits[split..]),
            )
        }
    } else {
        let mut fraction: String = core::iter::repeat_n('0', (-exponent - 1) as usize).collect();
        fraction.push_str(digits);
        (String::from("0"), fraction)
    }
}

fn exponent_suffix(exponent: i32) -> String {
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("e{}{:02}", sign, exponent.unsigned_abs())
}

/// Formats a non-negative float (or inf/nan) without sign, lowercase.
///
/// `code`: 'f', 'e', 'g' (precision default 6), 'r' (repr: shortest digits, exponent form
/// outside 1e-4 <= x < 1e16, a ".0" on integral values), 'R' (the spec-type-less form with a
/// precision: like 'g' but exponent form when exp >= precision - 1 and ".0" on integral values).
/// `alternate` is the '#' flag: always a decimal point, and 'g' keeps trailing zeros.
pub(crate) fn format_abs(
    abs: f64,
    code: char,
    precision: Option<usize>,
    alternate: bool,
) -> String {
    if abs.is_nan() {
        return String::from("nan");
    }
    if abs.is_infinite() {
        return String::from("inf");
    }
    let precision_or_six = precision.unwrap_or(6);
    match code {
        'f' => {
            // Past EXACT_FRACTION a double's digits are zeros: compute no more than that.
            let exact = precision_or_six.min(EXACT_FRACTION);
            let (digits, _) = scaled_digits(abs, exact as i32);
            // at least one digit before the point
            let padded = zeros((exact + 1).saturating_sub(digits.len())) + &digits;
            let point = padded.len() - exact;
            let mut text = String::from(&padded[..point]);
            if precision_or_six > 0 {
                text.push('.');
                text.push_str(&padded[point..]);
                text.push_str(&zeros(precision_or_six - exact));
            }
            if alternate && precision_or_six == 0 {
                text.push('.');
            }
            text
        }
        'e' => {
            let (digits, exponent) = decimal_digits(abs, Some(precision_or_six + 1));
            let mut text = String::from(&digits[..1]);
            if precision_or_six > 0 || alternate {
                text.push('.');
            }
            text.push_str(&digits[1..]);
            text.push_str(&exponent_suffix(exponent));
            text
        }
        _ => {
            // 'g', 'r', 'R'
            let (digits, exponent, threshold, strip_zeros, add_dot_zero) = match code {
                'r' => {
                    let (digits, exponent) = decimal_digits(abs, None);
                    (digits, exponent, 16, true, true)
                }
                'R' => {
                    let significant = precision_or_six.max(1);
                    let (digits, exponent) = decimal_digits(abs, Some(significant));
                    (digits, exponent, significant as i32 - 1, !alternate, true)
                }
                _ => {
                    let significant = precision_or_six.max(1);
                    let (digits, exponent) = decimal_digits(abs, Some(significant));
                    (digits, exponent, significant as i32, !alternate, false)
                }
            };
            let mut digits = digits;
            if strip_zeros {
                while digits.len() > 1 && digits.ends_with('0') {
                    digits.pop();
                }
                if digits == "0" {
                    // zero: exponent 0 whatever rounding said
                    return layout_general(&digits, 0, threshold, alternate, add_dot_zero);
                }
            }
            layout_general(&digits, exponent, threshold, alternate, add_dot_zero)
        }
    }
}

fn layout_general(
    digits: &str,
    exponent: i32,
    threshold: i32,
    alternate: bool,
    add_dot_zero: bool,
) -> String {
    if exponent < -4 || exponent >= threshold {
        let mut text = String::from(&digits[..1]);
        if digits.len() > 1 || alternate {
            text.push('.');
        }
        text.push_str(&digits[1..]);
        text.push_str(&exponent_suffix(exponent));
        text
    } else {
        let (integer, fraction) = positional(digits, exponent);
        let mut text = integer;
        if !fraction.is_empty() {
            text.push('.');
            text.push_str(&fraction);
        } else if add_dot_zero {
            text.push_str(".0");
        } else if alternate {
            text.push('.');
        }
        text
    }
}

/// `float(text)`: surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any case, decimal
/// digits with single underscores between digits, an optional exponent. No hex.
pub fn parse(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_decimal(body)?
    };
    Some(if negative { -value } else { value })
}

/// A run of digits with single underscores between digits: (the run, how many digits it
/// has, the rest).
fn digit_run(text: &str) -> Option<(&str, usize, &str)> {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'0'..=b'9' => count += 1,
            b'_' => {
                let next_is_digit = bytes.get(index + 1).is_some_and(u8::is_ascii_digit);
                if count == 0 || !next_is_digit {
                    return None;
                }
            }
            _ => break,
        }
        index += 1;
    }
    Some((&text[..index], count, &text[index..]))
}

/// A decimal literal without sign (`1_000.5e-3`, `.5`, `1.`): what the lexer and `float()`
/// read; `None` when it is not one. The digits are never copied whole (a literal may be as
/// long as the heap): `from_digits` keeps the first 800.
pub fn parse_decimal(body: &str) -> Option<f64> {
    let (whole, whole_count, rest) = digit_run(body)?;
    let (fraction, fraction_count, rest) = match rest.strip_prefix('.') {
        Some(after) => digit_run(after)?,
        None => ("", 0, rest),
    };
    if whole_count == 0 && fraction_count == 0 {
        return None;
    }
    let mut exponent = -(fraction_count as i64);
    if let Some(text) = rest.strip_prefix(['e', 'E']) {
        let (negative, text) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let (exponent_digits, count, rest) = digit_run(text)?;
        if count == 0 || !rest.is_empty() {
            return None;
        }
        // Beyond ±99999 the value saturates to 0 or inf anyway.
        let value = exponent_digits
            .bytes()
            .filter(u8::is_ascii_digit)
            .fold(0i64, |value, digit| {
                (value * 10 + i64::from(digit - b'0')).min(999_999)
            });
        exponent += if negative { -value } else { value };
    } else if !rest.is_empty() {
        return None;
    }
    let digits = whole
        .bytes()
        .chain(fraction.bytes())
        .filter(u8::is_ascii_digit);
    Some(from_digits(digits, exponent))
}

/// The float nearest to `digits` × 10^`exponent` (round-half-even; `digits` ASCII 0-9).
///
/// Exact big-integer arithmetic instead of core's `f64::from_str`, whose tables and code
/// cost ~15 KB of flash: the product, or the correctly rounded quotient of
/// `BigInt::true_div`, is the nearest float.
pub fn from_decimal(digits: &str, exponent: i64) -> f64 {
    from_digits(digits.bytes(), exponent)
}

/// [`from_decimal`] over the digits as they come (ASCII 0-9).
fn from_digits(digits: impl Iterator<Item = u8>, exponent: i64) -> f64 {
    // Correct rounding needs at most 768 significant digits; later ones only matter as
    // "something non-zero follows", which one extra digit 1 keeps.
    const KEPT_DIGITS: usize = 800;
    // The first KEPT_DIGITS digits after the leading zeros, how many digits that part has
    // in all, and how many of them up to its last non-zero one (the significant digits).
    let mut kept = String::new();
    let (mut total, mut significant) = (0usize, 0usize);
    for digit in digits.skip_while(|&digit| digit == b'0') {
        if kept.len() < KEPT_DIGITS {
            kept.push(char::from(digit));
        }
        total += 1;
        if digit != b'0' {
            significant = total;
        }
    }
    if significant == 0 {
        return 0.0;
    }
    let mut exponent = exponent.saturating_add((total - significant) as i64);
    let mut mantissa_text = kept;
    if significant > KEPT_DIGITS {
        mantissa_text.push('1');
        exponent = exponent.saturating_add((significant - KEPT_DIGITS - 1) as i64);
    } else {
        mantissa_text.truncate(significant);
    }
    // The value lies in [10^(order - 1), 10^order).
    let order = exponent.saturating_add(mantissa_text.len() as i64);
    if order > 310 {
        return f64::INFINITY;
    }
    if order < -330 {
        return 0.0;
    }
    let Some(mantissa) = BigInt::parse(&mantissa_text, 10) else {
        return f64::NAN;
    };
    // |exponent| <= 1131 here (order in -330..=310, at most 801 digits): 10^1131 < 2^3760.
    let Some(scale) = BigInt::from_i64(10).pow(exponent.unsigned_abs(), 4096) else {
        return f64::NAN;
    };
    if exponent >= 0 {
        (&mantissa * &scale).to_f64().unwrap_or(f64::INFINITY)
    } else {
        BigInt::true_div(&mantissa, &scale).unwrap_or(f64::INFINITY)
    }
}

/// The float remainder with the divisor's sign and the matching floor quotient.
fn divide_parts(a: f64, b: f64) -> (f64, f64) {
    let mut remainder = crate::fmod::fmod(a, b);
    let mut quotient = (a - remainder) / b;
    if remainder != 0.0 {
        if (b < 0.0) != (remainder < 0.0) {
            remainder += b;
            quotient -= 1.0;
        }
    } else {
        remainder = libm::copysign(0.0, b);
    }
    let floor = if quotient != 0.0 {
        let mut floor = libm::floor(quotient);
        if quotient - floor > 0.5 {
            floor += 1.0; // (a - remainder) / b was inexact and fell just below an integer
        }
        floor
    } else {
        libm::copysign(0.0, a / b)
    };
    (floor, remainder)
}

/// `a // b` for floats.
pub fn floor_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::new(
            ErrorKind::ZeroDivision,
            "float floor division by zero",
        ));
    }
    Ok(divide_parts(a, b).0)
}

/// `a % b` for floats (result has the divisor's sign).
pub fn floor_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::new(ErrorKind::ZeroDivision, "float modulo"));
    }
    Ok(divide_parts(a, b).1)
}

/// `divmod(a, b)` for floats.
pub fn divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::new(ErrorKind::ZeroDivision, "float divmod()"));
    }
    Ok(divide_parts(a, b))
}

/// `int(x)` for a float: truncation toward zero.
pub fn to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::new(
            ErrorKind::Value,
            "cannot convert float NaN to integer",
        ));
    }
    BigInt::from_f64(x).ok_or(NumError::new(
        ErrorKind::Overflow,
        "cannot convert float infinity to integer",
    ))
}

/// What `round(x, ndigits)` returns: an int without `ndigits`, a float with it.
#[derive(Debug, Clone, PartialEq)]
pub enum Rounded {
    Int(BigInt),
    Float(f64),
}

/// `round(x)` / `round(x, ndigits)` exactly like CPython (half-even on the exact value).
pub fn round(x: f64, ndigits: Option<i64>) -> Result<Rounded, NumError> {
    match ndigits {
        None => Ok(Rounded::Int(to_int(libm::rint(x))?)),
        Some(ndigits) => Ok(Rounded::Float(round_digits(x, ndigits)?)),
    }
}

/// `round(x, ndigits)` as a float.
pub fn round_digits(x: f64, ndigits: i64) -> Result<f64, NumError> {
    // Beyond these bounds the result is x itself, or a zero (CPython's cut-offs).
    const MOST_DIGITS: i64 = 323;
    const FEWEST_DIGITS: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > MOST_DIGITS {
        return Ok(x);
    }
    if ndigits < FEWEST_DIGITS {
        return Ok(0.0 * x);
    }
    let (numerator, denominator) = as_integer_ratio(x)?;
    let ten = BigInt::from_i64(10);
    let scale = ten
        .pow(ndigits.unsigned_abs(), u64::MAX)
        .unwrap_or_default();
    let one = BigInt::from_i64(1);
    let (scaled_numerator, scaled_denominator) = if ndigits >= 0 {
        (&numerator * &scale, denominator)
    } else {
        (numerator, &denominator * &scale)
    };
    let (mut quotient, remainder) =
        BigInt::divmod_floor(&scaled_numerator, &scaled_denominator).unwrap_or_default();
    let twice = &remainder + &remainder;
    match twice.cmp(&scaled_denominator) {
        core::cmp::Ordering::Greater => quotient = &quotient + &one,
        core::cmp::Ordering::Equal if quotient.is_odd() => quotient = &quotient + &one,
        _ => {}
    }
    if quotient.is_zero() {
        return Ok(libm::copysign(0.0, x));
    }
    let too_large = NumError::new(ErrorKind::Overflow, "rounded value too large to represent");
    if ndigits >= 0 {
        BigInt::true_div(&quotient, &scale).map_err(|_| too_large)
    } else {
        (&quotient * &scale).to_f64().ok_or(too_large)
    }
}

/// `x ** y` for floats with CPython's special cases. `ErrorKind::Complex` means the real
/// result does not exist (negative base, fractional exponent).
pub fn pow(base: f64, exponent: f64) -> Result<f64, NumError> {
    if exponent == 0.0 {
        return Ok(1.0);
    }
    if base.is_nan() {
        return Ok(base);
    }
    if exponent.is_nan() {
        return Ok(if base == 1.0 { 1.0 } else { exponent });
    }
    let exponent_is_odd_integer =
        is_integer(exponent) && crate::fmod::fmod(exponent, 2.0).abs() == 1.0;
    if exponent.is_infinite() {
        let magnitude = base.abs();
        return Ok(if magnitude == 1.0 {
            1.0
        } else if (exponent > 0.0) == (magnitude > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if base.is_infinite() {
        return Ok(if exponent > 0.0 {
            if exponent_is_odd_integer {
                base
            } else {
                base.abs()
            }
        } else if exponent_is_odd_integer {
            libm::copysign(0.0, base)
        } else {
            0.0
        });
    }
    if base == 0.0 {
        if exponent < 0.0 {
            return Err(NumError::new(
                ErrorKind::ZeroDivision,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if exponent_is_odd_integer { base } else { 0.0 });
    }
    let negate = base < 0.0 && exponent_is_odd_integer;
    if base < 0.0 && !is_integer(exponent) {
        return Err(NumError::new(ErrorKind::Complex, "complex result"));
    }
    if base.abs() == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let overflow = NumError::new(ErrorKind::Overflow, "(34, 'Numerical result out of range')");
    let magnitude = base.abs();
    // Results far outside the doubles (`2.0 ** 1e308`) are decided from their binary
    // logarithm: the exact power would overflow the double-double arithmetic below. (Only
    // large exponents can get there: this stays off the common path.)
    if exponent.abs() >= 1024.0 {
        let log2 = libm::log(magnitude) / core::f64::consts::LN_2 * exponent;
        if log2 > 1100.0 {
            return Err(overflow);
        }
        if log2 < -1100.0 {
            return Ok(if negate { -0.0 } else { 0.0 });
        }
    }
    // One IEEE operation is correctly rounded: the common small exponents need no more.
    let quick = match exponent {
        1.0 => Some(magnitude),
        2.0 => Some(magnitude * magnitude),
        -1.0 => Some(1.0 / magnitude),
        0.5 => Some(libm::sqrt(magnitude)),
        _ => None,
    };
    let result = match quick
        .map(Ok)
        .or_else(|| exact_integer_power(magnitude, exponent))
    {
        Some(Ok(result)) => result,
        Some(Err(_)) => return Err(overflow),
        None => double_double::pow_positive(magnitude, exponent),
    };
    if result.is_infinite() {
        return Err(overflow);
    }
    Ok(if negate { -result } else { result })
}

/// `base ** exponent` for positive finite `base` and an integral `exponent`, computed exactly
/// and rounded once (as a correctly rounded C `pow` does) when the numbers stay small;
/// `None` hands the case to the double-double `pow`.
fn exact_integer_power(base: f64, exponent: f64) -> Option<Result<f64, NumError>> {
    const MOST_BITS: u64 = 4096;
    const MOST_SHIFT: i64 = 20_000;
    if !is_integer(exponent) || exponent.abs() > 1e9 {
        return None;
    }
    let bits = base.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut binary_exponent) = if exponent_field == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_field - 1075)
    };
    let zeros = mantissa.trailing_zeros() as i64;
    mantissa >>= zeros;
    binary_exponent += zeros;
    let count = exponent.abs() as u64;
    let mantissa_bits = 64 - mantissa.leading_zeros() as u64;
    if mantissa_bits.saturating_mul(count) > MOST_BITS {
        return None;
    }
    let shift = binary_exponent
        .checked_mul(count as i64)
        .filter(|shift| shift.abs() <= MOST_SHIFT)?;
    let power = BigInt::from_u64(mantissa).pow(count, u64::MAX)?;
    let one = BigInt::from_i64(1);
    let scale = one.shl_bits(shift.unsigned_abs(), u64::MAX)?;
    // value = power × 2^shift, or its reciprocal for a negative exponent.
    let (numerator, denominator) = match (exponent > 0.0, shift >= 0) {
        (true, true) => (&power * &scale, one),
        (true, false) => (power, scale),
        (false, true) => (one, &power * &scale),
        (false, false) => (scale, power),
    };
    Some(BigInt::true_div(&numerator, &denominator))
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && libm::trunc(x) == x
}

/// `float.as_integer_ratio()`: the exact value as numerator / positive denominator in lowest terms.
pub fn as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_nan() {
        return Err(NumError::new(
            ErrorKind::Value,
            "cannot convert NaN to integer ratio",
        ));
    }
    if x.is_infinite() {
        return Err(NumError::new(
            ErrorKind::Overflow,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let bits = x.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exponent) = if exponent_field == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_field - 1075)
    };
    if mantissa == 0 {
        return Ok((BigInt::zero(), BigInt::from_i64(1)));
    }
    let zeros = mantissa.trailing_zeros() as i64;
    mantissa >>= zeros;
    exponent += zeros;
    let numerator = BigInt::from_u64(mantissa);
    let numerator = if x < 0.0 { -numerator } else { numerator };
    let one = BigInt::from_i64(1);
    if exponent >= 0 {
        let numerator = numerator
            .shl_bits(exponent as u64, u64::MAX)
            .unwrap_or_default();
        Ok((numerator, one))
    } else {
        Ok((
            numerator,
            one.shl_bits((-exponent) as u64, u64::MAX)
                .unwrap_or_default(),
        ))
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` like CPython (subnormals as `0x0.…p-1022`).
pub fn hex(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    if x.is_infinite() {
        return String::from(if x > 0.0 { "inf" } else { "-inf" });
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // Subnormals keep a leading 0 and the minimum exponent, like CPython.
    let (lead, exponent) = if exponent_field == 0 {
        (0, -1022)
    } else {
        (1, exponent_field - 1023)
    };
    let digits = format!("{:013x}", fraction);
    let exponent_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{}0x{}.{}p{}{}",
        sign,
        lead,
        digits,
        exponent_sign,
        exponent.unsigned_abs()
    )
}
