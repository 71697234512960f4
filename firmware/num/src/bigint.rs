//! Arbitrary-precision signed integers with Python's semantics.
//!
//! A [`BigInt`] is a sign plus a little-endian `Vec<u32>` magnitude, always normalized (no
//! leading zero limbs; zero is non-negative). Division floors, remainders take the divisor's
//! sign, bitwise operations act on an infinite two's complement, conversions to float round
//! correctly, and `hash` matches CPython's 64-bit hash. Operators are implemented for `&BigInt`
//! (`&a + &b`); shifts and `pow` return `None` when the result would be absurdly large so the
//! caller can raise instead of running out of memory.

use super::{ErrorKind, NumError};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::ops::{Add, BitAnd, BitOr, BitXor, Mul, Neg, Not, Sub};

/// Largest magnitude (in 32-bit limbs) a shift or power may produce: 2^27 limbs = 512 MiB.
const MAX_LIMBS: u64 = 1 << 27;
/// Operand size (in limbs) from which multiplication switches to Karatsuba.
const KARATSUBA_THRESHOLD: usize = 40;
/// The modulus of CPython's numeric hash on 64-bit platforms: 2^61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314_159;

/// An arbitrary-precision signed integer.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct BigInt {
    negative: bool,
    magnitude: Vec<u32>,
}

// ---------------------------------------------------------------------------------------------
// Magnitude helpers: little-endian limb slices, results trimmed.

fn trim(limbs: &mut Vec<u32>) {
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
}

fn trimmed(limbs: &[u32]) -> &[u32] {
    let mut len = limbs.len();
    while len > 0 && limbs[len - 1] == 0 {
        len -= 1;
    }
    &limbs[..len]
}

fn compare_magnitude(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for index in (0..a.len()).rev() {
        if a[index] != b[index] {
            return a[index].cmp(&b[index]);
        }
    }
    Ordering::Equal
}

fn add_magnitude(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = 0u64;
    for (index, &limb) in long.iter().enumerate() {
        let sum = limb as u64 + short.get(index).copied().unwrap_or(0) as u64 + carry;
        out.push(sum as u32);
        carry = sum >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b`, requires `a >= b`.
fn sub_magnitude(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (index, &limb) in a.iter().enumerate() {
        let difference = limb as i64 - b.get(index).copied().unwrap_or(0) as i64 + borrow;
        out.push(difference as u32);
        borrow = difference >> 32;
    }
    trim(&mut out);
    out
}

/// `accumulator[offset..] += addend`, growing the accumulator as needed.
fn add_into(accumulator: &mut Vec<u32>, addend: &[u32], offset: usize) {
    if accumulator.len() < offset + addend.len() + 1 {
        accumulator.resize(offset + addend.len() + 1, 0);
    }
    let mut carry = 0u64;
    let mut index = offset;
    for &limb in addend {
        let sum = accumulator[index] as u64 + limb as u64 + carry;
        accumulator[index] = sum as u32;
        carry = sum >> 32;
        index += 1;
    }
    while carry != 0 {
        if index == accumulator.len() {
            accumulator.push(0);
        }
        let sum = accumulator[index] as u64 + carry;
        accumulator[index] = sum as u32;
        carry = sum >> 32;
        index += 1;
    }
}

/// `accumulator -= subtrahend` in place, requires `accumulator >= subtrahend`.
fn sub_into(accumulator: &mut Vec<u32>, subtrahend: &[u32]) {
    let mut borrow = 0i64;
    let mut index = 0;
    while index < accumulator.len() && (index < subtrahend.len() || borrow != 0) {
        let difference =
            accumulator[index] as i64 - subtrahend.get(index).copied().unwrap_or(0) as i64 + borrow;
        accumulator[index] = difference as u32;
        borrow = difference >> 32;
        index += 1;
    }
    trim(accumulator);
}

fn schoolbook_multiply(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &a_limb) in a.iter().enumerate() {
        if a_limb == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &b_limb) in b.iter().enumerate() {
            // (2^32-1)^2 + 2*(2^32-1) == 2^64-1: never overflows.
            let product = a_limb as u64 * b_limb as u64 + out[i + j] as u64 + carry;
            out[i + j] = product as u32;
            carry = product >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(&mut out);
    out
}

fn multiply_magnitude(a: &[u32], b: &[u32]) -> Vec<u32> {
    let a = trimmed(a);
    let b = trimmed(b);
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < KARATSUBA_THRESHOLD {
        return schoolbook_multiply(short, long);
    }
    if 2 * short.len() <= long.len() {
        // Unbalanced: multiply the long operand chunk by chunk.
        let mut out = Vec::with_capacity(a.len() + b.len());
        let mut offset = 0;
        while offset < long.len() {
            let end = (offset + short.len()).min(long.len());
            let partial = multiply_magnitude(short, &long[offset..end]);
            add_into(&mut out, &partial, offset);
            offset = end;
        }
        trim(&mut out);
        return out;
    }
    // Karatsuba: (a1 B + a0)(b1 B + b0) = z2 B^2 + ((a0+a1)(b0+b1) - z0 - z2) B + z0.
    let half = long.len() / 2;
    let (a0, a1) = a.split_at(half.min(a.len()));
    let (b0, b1) = b.split_at(half.min(b.len()));
    let z0 = multiply_magnitude(a0, b0);
    let z2 = multiply_magnitude(a1, b1);
    let mut z1 = multiply_magnitude(
        &add_magnitude(trimmed(a0), a1),
        &add_magnitude(trimmed(b0), b1),
    );
    sub_into(&mut z1, &z0);
    sub_into(&mut z1, &z2);
    let mut out = z0;
    add_into(&mut out, &z1, half);
    add_into(&mut out, &z2, 2 * half);
    trim(&mut out);
    out
}

/// Divides by a single limb; returns (quotient, remainder).
fn divide_by_limb(a: &[u32], divisor: u32) -> (Vec<u32>, u32) {
    let mut quotient = vec![0u32; a.len()];
    let mut remainder = 0u64;
    for index in (0..a.len()).rev() {
        let current = (remainder << 32) | a[index] as u64;
        quotient[index] = (current / divisor as u64) as u32;
        remainder = current % divisor as u64;
    }
    trim(&mut quotient);
    (quotient, remainder as u32)
}

/// In-place division by a single limb; returns the remainder.
fn divide_by_limb_in_place(a: &mut Vec<u32>, divisor: u32) -> u32 {
    let mut remainder = 0u64;
    for index in (0..a.len()).rev() {
        let current = (remainder << 32) | a[index] as u64;
        a[index] = (current / divisor as u64) as u32;
        remainder = current % divisor as u64;
    }
    trim(a);
    remainder as u32
}

/// `a = a * factor + addend` in place.
fn multiply_add_limb(a: &mut Vec<u32>, factor: u32, addend: u32) {
    let mut carry = addend as u64;
    for limb in a.iter_mut() {
        let product = *limb as u64 * factor as u64 + carry;
        *limb = product as u32;
        carry = product >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
}

fn shift_left_magnitude(a: &[u32], bits: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = bits / 32;
    let rest = bits % 32;
    let mut out = vec![0u32; limbs];
    out.reserve(a.len() + 1);
    if rest == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &limb in a {
            out.push((limb << rest) | carry);
            carry = limb >> (32 - rest);
        }
        if carry != 0 {
            out.push(carry);
        }
    }
    out
}

fn shift_right_magnitude(a: &[u32], bits: u64) -> Vec<u32> {
    let limbs = bits / 32;
    if limbs >= a.len() as u64 {
        return Vec::new();
    }
    let limbs = limbs as usize;
    let rest = (bits % 32) as u32;
    let mut out: Vec<u32> = a[limbs..].to_vec();
    if rest != 0 {
        for index in 0..out.len() {
            let high = out.get(index + 1).copied().unwrap_or(0);
            out[index] = (out[index] >> rest) | (high << (32 - rest));
        }
    }
    trim(&mut out);
    out
}

/// True when any of the lowest `bits` bits is set.
fn low_bits_nonzero(a: &[u32], bits: u64) -> bool {
    // Clamp before converting: on 32-bit targets a huge shift would wrap as usize.
    let limbs = (bits / 32).min(a.len() as u64) as usize;
    if a[..limbs].iter().any(|&limb| limb != 0) {
        return true;
    }
    let rest = bits % 32;
    limbs < a.len() && rest != 0 && a[limbs] & ((1u32 << rest) - 1) != 0
}

/// Knuth's algorithm D: (quotient, remainder) of magnitudes, `b` non-empty.
fn divide_magnitude(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if compare_magnitude(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (quotient, remainder) = divide_by_limb(a, b[0]);
        let remainder = if remainder == 0 {
            Vec::new()
        } else {
            vec![remainder]
        };
        return (quotient, remainder);
    }
    // Normalize so the divisor's top limb has its high bit set.
    let shift = b[b.len() - 1].leading_zeros() as usize;
    let divisor = shift_left_magnitude(b, shift);
    let mut dividend = shift_left_magnitude(a, shift);
    dividend.resize(a.len() + 1, 0);
    let n = divisor.len();
    let top = divisor[n - 1] as u64;
    let second = divisor[n - 2] as u64;
    let mut quotient = vec![0u32; a.len() - n + 1];
    for j in (0..=a.len() - n).rev() {
        let numerator = ((dividend[j + n] as u64) << 32) | dividend[j + n - 1] as u64;
        let mut estimate = numerator / top;
        let mut remainder = numerator % top;
        while estimate >= 1 << 32
            || estimate * second > ((remainder << 32) | dividend[j + n - 2] as u64)
        {
            estimate -= 1;
            remainder += top;
            if remainder >= 1 << 32 {
                break;
            }
        }
        // dividend[j..=j+n] -= estimate * divisor
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for index in 0..n {
            let product = estimate * divisor[index] as u64 + carry;
            carry = product >> 32;
            let difference = dividend[index + j] as i64 - (product & 0xffff_ffff) as i64 + borrow;
            dividend[index + j] = difference as u32;
            borrow = difference >> 32;
        }
        let difference = dividend[j + n] as i64 - carry as i64 + borrow;
        dividend[j + n] = difference as u32;
        if difference < 0 {
            // The estimate was one too large: add the divisor back.
            estimate -= 1;
            let mut carry = 0u64;
            for index in 0..n {
                let sum = dividend[index + j] as u64 + divisor[index] as u64 + carry;
                dividend[index + j] = sum as u32;
                carry = sum >> 32;
            }
            dividend[j + n] = dividend[j + n].wrapping_add(carry as u32);
        }
        quotient[j] = estimate as u32;
    }
    trim(&mut quotient);
    dividend.truncate(n);
    let remainder = shift_right_magnitude(&dividend, shift as u64);
    (quotient, remainder)
}

fn magnitude_from_u64(value: u64) -> Vec<u32> {
    let mut limbs = vec![value as u32, (value >> 32) as u32];
    trim(&mut limbs);
    limbs
}

fn magnitude_to_u64(limbs: &[u32]) -> Option<u64> {
    match limbs.len() {
        0 => Some(0),
        1 => Some(limbs[0] as u64),
        2 => Some(limbs[0] as u64 | (limbs[1] as u64) << 32),
        _ => None,
    }
}

fn bit_length_of(limbs: &[u32]) -> u64 {
    match limbs.last() {
        None => 0,
        Some(&top) => (limbs.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
    }
}

/// The largest power of `radix` that fits in a limb, and its exponent.
fn radix_chunk(radix: u32) -> (u32, usize) {
    let mut power = radix;
    let mut digits = 1;
    while let Some(next) = power.checked_mul(radix) {
        power = next;
        digits += 1;
    }
    (power, digits)
}

// ---------------------------------------------------------------------------------------------

impl BigInt {
    fn from_parts(negative: bool, mut magnitude: Vec<u32>) -> BigInt {
        trim(&mut magnitude);
        let negative = negative && !magnitude.is_empty();
        BigInt {
            negative,
            magnitude,
        }
    }

    /// Builds a value from its sign and little-endian 32-bit magnitude (normalized here), e.g.
    /// when the VM keeps the limbs inside a heap object.
    pub fn from_limbs(negative: bool, magnitude: Vec<u32>) -> BigInt {
        BigInt::from_parts(negative, magnitude)
    }

    /// The little-endian 32-bit magnitude (no leading zero limbs; empty for zero).
    pub fn limbs(&self) -> &[u32] {
        &self.magnitude
    }

    /// Zero.
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn from_i64(value: i64) -> BigInt {
        BigInt::from_parts(value < 0, magnitude_from_u64(value.unsigned_abs()))
    }

    pub fn from_u64(value: u64) -> BigInt {
        BigInt::from_parts(false, magnitude_from_u64(value))
    }

    pub fn from_i128(value: i128) -> BigInt {
        let magnitude = value.unsigned_abs();
        let mut limbs = vec![
            magnitude as u32,
            (magnitude >> 32) as u32,
            (magnitude >> 64) as u32,
            (magnitude >> 96) as u32,
        ];
        trim(&mut limbs);
        BigInt::from_parts(value < 0, limbs)
    }

    /// The value as an i64 when it fits.
    pub fn to_i64(&self) -> Option<i64> {
        let magnitude = magnitude_to_u64(&self.magnitude)?;
        if self.negative {
            if magnitude <= 1 << 63 {
                Some((magnitude as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(magnitude).ok()
        }
    }

    /// The value as a u64 when it is non-negative and fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.negative {
            None
        } else {
            magnitude_to_u64(&self.magnitude)
        }
    }

    /// Truncates a float toward zero (`int(x)`); `None` for infinities and NaN.
    pub fn from_f64(value: f64) -> Option<BigInt> {
        if !value.is_finite() {
            return None;
        }
        let bits = value.to_bits();
        let negative = bits >> 63 != 0;
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        if exponent < 1023 {
            return Some(BigInt::zero()); // |value| < 1
        }
        let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
        let shift = exponent - 1075;
        let magnitude = if shift < 0 {
            magnitude_from_u64(mantissa >> -shift)
        } else {
            shift_left_magnitude(&magnitude_from_u64(mantissa), shift as usize)
        };
        Some(BigInt::from_parts(negative, magnitude))
    }

    /// The nearest float (round-half-even); `None` when it overflows
    /// (OverflowError "int too large to convert to float").
    pub fn to_f64(&self) -> Option<f64> {
        let magnitude = magnitude_to_float(&self.magnitude)?;
        Some(if self.negative { -magnitude } else { magnitude })
    }

    /// Parses digits (no sign, no underscores, no prefix) in `radix` 2..=36.
    pub fn parse(digits: &str, radix: u32) -> Option<BigInt> {
        if !(2..=36).contains(&radix) || digits.is_empty() {
            return None;
        }
        let (chunk_power, chunk_digits) = radix_chunk(radix);
        let mut magnitude = Vec::with_capacity(digits.len() / 8 + 1);
        let bytes = digits.as_bytes();
        // A leading partial chunk, then whole chunks.
        let mut start = 0;
        let first = bytes.len() % chunk_digits;
        let mut end = if first == 0 { chunk_digits } else { first };
        while start < bytes.len() {
            let mut value = 0u32;
            let mut factor = 1u32;
            for &byte in &bytes[start..end] {
                let digit = (byte as char).to_digit(radix)?;
                value = value * radix + digit;
                factor = factor.wrapping_mul(radix);
            }
            let factor = if end - start == chunk_digits {
                chunk_power
            } else {
                factor
            };
            multiply_add_limb(&mut magnitude, factor, value);
            start = end;
            end += chunk_digits;
        }
        Some(BigInt::from_parts(false, magnitude))
    }

    /// `int(text, base)` for a str: surrounding whitespace, a sign, single underscores between
    /// digits (and after a base prefix), prefixes 0b/0o/0x allowed when they match `base`, and
    /// `base` 0 meaning "as a literal" (prefix decides; no leading zeros on decimals).
    /// `None` means ValueError "invalid literal for int() with base N: …" (the caller adds
    /// the repr). Bases other than 0 and 2..=36 also give `None`; check them first for
    /// "int() base must be >= 2 and <= 36, or 0". CPython's 4300-digit limit is the caller's.
    pub fn parse_python(text: &str, base: u32) -> Option<BigInt> {
        if base == 1 || base > 36 {
            return None;
        }
        let text = text.trim();
        let (negative, mut body) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let mut radix = base;
        let lower_prefix = body.get(..2).map(|prefix| prefix.to_ascii_lowercase());
        let prefix_radix = match lower_prefix.as_deref() {
            Some("0b") => 2,
            Some("0o") => 8,
            Some("0x") => 16,
            _ => 0,
        };
        let mut after_prefix = false;
        if prefix_radix != 0 && (base == 0 || base == prefix_radix) {
            radix = prefix_radix;
            body = &body[2..];
            after_prefix = true;
        } else if base == 0 {
            radix = 10;
        }
        // Underscores: one at a time, only between digits (or right after a prefix).
        let bytes = body.as_bytes();
        let mut digits = String::with_capacity(bytes.len());
        for (index, &byte) in bytes.iter().enumerate() {
            if byte == b'_' {
                let previous_ok = if index == 0 {
                    after_prefix
                } else {
                    bytes[index - 1] != b'_'
                };
                if !previous_ok || index + 1 == bytes.len() {
                    return None;
                }
            } else {
                digits.push(byte as char);
            }
        }
        if base == 0 && prefix_radix == 0 && digits.len() > 1 && digits.starts_with('0') {
            // "010" is not a literal; "000" is.
            if digits.bytes().any(|byte| byte != b'0') {
                return None;
            }
        }
        let magnitude = BigInt::parse(&digits, radix)?;
        Some(if negative { -magnitude } else { magnitude })
    }

    /// Lowercase digits in `radix` 2..=36 with a leading '-' when negative (no prefix).
    /// Returns an empty string for an invalid radix.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn to_string_radix(&self, radix: u32) -> String {
        if !(2..=36).contains(&radix) {
            return String::new();
        }
        // Most ints fit 64 bits: core's formatting, without the magnitude's copy and divisions.
        if let (Some(magnitude), 2 | 8 | 10 | 16) = (magnitude_to_u64(&self.magnitude), radix) {
            let sign = if self.negative { "-" } else { "" };
            return match radix {
                10 => alloc::format!("{sign}{magnitude}"),
                16 => alloc::format!("{sign}{magnitude:x}"),
                8 => alloc::format!("{sign}{magnitude:o}"),
                _ => alloc::format!("{sign}{magnitude:b}"),
            };
        }
        let mut digits: Vec<u8> = Vec::new(); // least significant first
        if self.magnitude.is_empty() {
            digits.push(b'0');
        } else if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as u64;
            let total = bit_length_of(&self.magnitude);
            let mut position = 0u64;
            while position < total {
                let digit = self.bits_at(position, bits as u32);
                digits.push(digit_char(digit));
                position += bits;
            }
        } else {
            let (chunk_power, chunk_digits) = radix_chunk(radix);
            let mut rest = self.magnitude.clone();
            while !rest.is_empty() {
                let mut chunk = divide_by_limb_in_place(&mut rest, chunk_power);
                for _ in 0..chunk_digits {
                    digits.push(digit_char(chunk % radix));
                    chunk /= radix;
                    if rest.is_empty() && chunk == 0 {
                        break;
                    }
                }
            }
        }
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        let mut text = String::with_capacity(digits.len() + 1);
        if self.negative {
            text.push('-');
        }
        text.extend(digits.iter().rev().map(|&byte| byte as char));
        text
    }

    /// `width` (≤ 32) bits of the magnitude starting at bit `position`.
    fn bits_at(&self, position: u64, width: u32) -> u32 {
        let limb = (position / 32) as usize;
        let offset = (position % 32) as u32;
        let low = self.magnitude.get(limb).copied().unwrap_or(0) as u64;
        let high = self.magnitude.get(limb + 1).copied().unwrap_or(0) as u64;
        let combined = (low | high << 32) >> offset;
        (combined & ((1u64 << width) - 1)) as u32
    }

    /// `int.bit_length()`: bits of the magnitude.
    pub fn bit_length(&self) -> u64 {
        bit_length_of(&self.magnitude)
    }

    pub fn is_zero(&self) -> bool {
        self.magnitude.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// True for odd values.
    pub fn is_odd(&self) -> bool {
        self.magnitude.first().is_some_and(|limb| limb & 1 == 1)
    }

    /// `int.bit_count()`: set bits of the magnitude.
    pub fn count_ones(&self) -> u64 {
        self.magnitude
            .iter()
            .map(|limb| limb.count_ones() as u64)
            .sum()
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.negative {
            -1
        } else if self.magnitude.is_empty() {
            0
        } else {
            1
        }
    }

    pub fn abs(&self) -> BigInt {
        BigInt {
            negative: false,
            magnitude: self.magnitude.clone(),
        }
    }

    /// Floor division and the remainder with the divisor's sign; `None` for a zero divisor.
    pub fn divmod_floor(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        if b.is_zero() {
            return None;
        }
        let (quotient, remainder) = divide_magnitude(&a.magnitude, &b.magnitude);
        let mut quotient = BigInt::from_parts(a.negative != b.negative, quotient);
        let mut remainder = BigInt::from_parts(a.negative, remainder);
        if !remainder.is_zero() && a.negative != b.negative {
            quotient = &quotient - &BigInt::from_i64(1);
            remainder = &remainder + b;
        }
        Some((quotient, remainder))
    }

    /// Truncating division (toward zero) and the remainder with the dividend's sign.
    pub fn divmod_trunc(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
        if b.is_zero() {
            return None;
        }
        let (quotient, remainder) = divide_magnitude(&a.magnitude, &b.magnitude);
        Some((
            BigInt::from_parts(a.negative != b.negative, quotient),
            BigInt::from_parts(a.negative, remainder),
        ))
    }

    /// `self ** exponent`; `None` when the result would need more than `max_bits` bits (or
    /// the absolute size limit): callers pass what their heap can hold, so a huge power fails
    /// at once instead of after minutes of multiplying.
    pub fn pow(&self, exponent: u64, max_bits: u64) -> Option<BigInt> {
        if exponent == 0 {
            return Some(BigInt::from_i64(1));
        }
        if self.is_zero() || self.magnitude == [1] {
            let negative = self.negative && exponent % 2 == 1;
            return Some(BigInt::from_parts(negative, self.magnitude.clone()));
        }
        let bits = self.bit_length().checked_mul(exponent)?;
        if bits > max_bits.min(MAX_LIMBS * 32) {
            return None;
        }
        let mut result = BigInt::from_i64(1);
        let mut base = self.clone();
        let mut remaining = exponent;
        loop {
            if remaining & 1 == 1 {
                result = &result * &base;
            }
            remaining >>= 1;
            if remaining == 0 {
                break;
            }
            base = &base * &base;
        }
        Some(result)
    }

    /// Three-argument `pow(base, exponent, modulus)` with Python 3.8+ semantics.
    pub fn modpow(&self, exponent: &BigInt, modulus: &BigInt) -> Result<BigInt, NumError> {
        if modulus.is_zero() {
            return Err(NumError::new(
                ErrorKind::Value,
                "pow() 3rd argument cannot be 0",
            ));
        }
        let positive_modulus = modulus.abs();
        let mut base = BigInt::divmod_floor(self, &positive_modulus)
            .map(|(_, r)| r)
            .unwrap_or_default();
        if exponent.is_negative() {
            base = modular_inverse(&base, &positive_modulus).ok_or(NumError::new(
                ErrorKind::Value,
                "base is not invertible for the given modulus",
            ))?;
        }
        let mut result = BigInt::from_i64(1);
        if positive_modulus.magnitude == [1] {
            result = BigInt::zero();
        }
        let total_bits = exponent.bit_length();
        for bit in (0..total_bits).rev() {
            result = reduce(&(&result * &result), &positive_modulus);
            if exponent.bits_at(bit, 1) == 1 {
                result = reduce(&(&result * &base), &positive_modulus);
            }
        }
        if modulus.is_negative() && !result.is_zero() {
            result = &result - &positive_modulus;
        }
        Ok(result)
    }

    /// `a / b` for ints, correctly rounded like CPython.
    pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
        if b.is_zero() {
            return Err(NumError::new(ErrorKind::ZeroDivision, "division by zero"));
        }
        let negative = a.negative != b.negative;
        let apply_sign = |value: f64| if negative { -value } else { value };
        const EXACT: u64 = 1 << 53;
        if let (Some(x), Some(y)) = (
            magnitude_to_u64(&a.magnitude),
            magnitude_to_u64(&b.magnitude),
        ) {
            if x <= EXACT && y <= EXACT {
                return Ok(apply_sign(x as f64 / y as f64));
            }
        }
        if a.is_zero() {
            return Ok(apply_sign(0.0));
        }
        const MANTISSA_DIGITS: i64 = 53;
        const MIN_EXPONENT: i64 = -1021;
        const MAX_EXPONENT: i64 = 1024;
        let overflow = NumError::new(
            ErrorKind::Overflow,
            "integer division result too large for a float",
        );
        let difference = a.bit_length() as i64 - b.bit_length() as i64;
        if difference > MAX_EXPONENT {
            return Err(overflow);
        }
        if difference < MIN_EXPONENT - MANTISSA_DIGITS - 1 {
            return Ok(apply_sign(0.0));
        }
        // Scale so the quotient carries two or three bits beyond the mantissa (fewer for
        // subnormal results), then round those away by hand with the remainder as sticky bit.
        let shift = difference.max(MIN_EXPONENT) - MANTISSA_DIGITS - 2;
        let (quotient, remainder) = if shift > 0 {
            divide_magnitude(
                &a.magnitude,
                &shift_left_magnitude(&b.magnitude, shift as usize),
            )
        } else {
            divide_magnitude(
                &shift_left_magnitude(&a.magnitude, (-shift) as usize),
                &b.magnitude,
            )
        };
        let inexact = !remainder.is_empty();
        let mut quotient = magnitude_to_u64(&quotient).unwrap_or(u64::MAX);
        let quotient_bits = 64 - quotient.leading_zeros() as i64;
        let extra_bits = quotient_bits.max(MIN_EXPONENT - shift) - MANTISSA_DIGITS;
        if extra_bits > 0 {
            let half = 1u64 << (extra_bits - 1);
            if quotient & half != 0 && (quotient & (3 * half - 1) != 0 || inexact) {
                quotient += half;
            }
            quotient &= !(2 * half - 1);
        }
        let result = libm::ldexp(quotient as f64, shift as i32);
        if result.is_infinite() {
            return Err(overflow);
        }
        Ok(apply_sign(result))
    }

    /// Greatest common divisor, non-negative.
    pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
        let mut x = a.abs();
        let mut y = b.abs();
        loop {
            if let (Some(mut small_x), Some(mut small_y)) = (x.to_u64(), y.to_u64()) {
                while small_y != 0 {
                    (small_x, small_y) = (small_y, small_x % small_y);
                }
                return BigInt::from_u64(small_x);
            }
            if y.is_zero() {
                return x;
            }
            let (_, remainder) = divide_magnitude(&x.magnitude, &y.magnitude);
            x = y;
            y = BigInt::from_parts(false, remainder);
        }
    }

    /// `math.isqrt`: the floor of the square root; `None` for negative values.
    pub fn isqrt(&self) -> Option<BigInt> {
        if self.negative {
            return None;
        }
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        // Newton's iteration from a power of two at or above the root decreases monotonically.
        let bits = self.bit_length();
        let mut estimate = BigInt::from_i64(1).shl_bits(bits.div_ceil(2), u64::MAX)?;
        loop {
            let (quotient, _) = divide_magnitude(&self.magnitude, &estimate.magnitude);
            let next = (&estimate + &BigInt::from_parts(false, quotient)).shr_bits(1);
            if next >= estimate {
                return Some(estimate);
            }
            estimate = next;
        }
    }

    /// `self << bits`; `None` when the result would need more than `max_bits` bits (or the
    /// absolute size limit).
    pub fn shl_bits(&self, bits: u64, max_bits: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        if self.bit_length().checked_add(bits)? > max_bits.min(MAX_LIMBS * 32) {
            return None;
        }
        Some(BigInt::from_parts(
            self.negative,
            shift_left_magnitude(&self.magnitude, bits as usize),
        ))
    }

    /// `self >> bits`, an arithmetic (flooring) shift.
    pub fn shr_bits(&self, bits: u64) -> BigInt {
        let shifted = shift_right_magnitude(&self.magnitude, bits);
        if self.negative && low_bits_nonzero(&self.magnitude, bits) {
            // Floor toward -infinity: -((|x| >> n) + 1) when set bits were shifted out.
            return BigInt::from_parts(true, add_magnitude(&shifted, &[1]));
        }
        BigInt::from_parts(self.negative, shifted)
    }

    /// Two's complement limbs (sign-extended to `length` limbs).
    fn to_twos_complement(&self, length: usize) -> Vec<u32> {
        if !self.negative {
            let mut limbs = self.magnitude.clone();
            limbs.resize(length, 0);
            return limbs;
        }
        let mut limbs = sub_magnitude(&self.magnitude, &[1]);
        limbs.resize(length, 0);
        for limb in limbs.iter_mut() {
            *limb = !*limb;
        }
        limbs
    }

    fn from_twos_complement(mut limbs: Vec<u32>) -> BigInt {
        let negative = limbs.last().is_some_and(|top| top >> 31 == 1);
        if !negative {
            return BigInt::from_parts(false, limbs);
        }
        for limb in limbs.iter_mut() {
            *limb = !*limb;
        }
        trim(&mut limbs);
        BigInt::from_parts(true, add_magnitude(&limbs, &[1]))
    }

    fn bitwise(&self, other: &BigInt, operation: fn(u32, u32) -> u32) -> BigInt {
        let length = self.magnitude.len().max(other.magnitude.len()) + 1;
        let left = self.to_twos_complement(length);
        let right = other.to_twos_complement(length);
        let combined = left
            .iter()
            .zip(right.iter())
            .map(|(&x, &y)| operation(x, y))
            .collect();
        BigInt::from_twos_complement(combined)
    }

    /// Exact comparison with a float; `None` when `value` is NaN.
    pub fn cmp_f64(&self, value: f64) -> Option<Ordering> {
        if value.is_nan() {
            return None;
        }
        if value.is_infinite() {
            return Some(if value > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        let truncated = BigInt::from_f64(value)?;
        match self.cmp(&truncated) {
            Ordering::Equal => {
                let fraction = value - libm::trunc(value);
                Some(if fraction > 0.0 {
                    Ordering::Less
                } else if fraction < 0.0 {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                })
            }
            other => Some(other),
        }
    }

    /// CPython's `hash(int)` on 64-bit platforms.
    pub fn hash(&self) -> i64 {
        let mut residue = 0u64;
        for &limb in self.magnitude.iter().rev() {
            residue = ((((residue as u128) << 32) | limb as u128) % HASH_MODULUS as u128) as u64;
        }
        let value = if self.negative {
            -(residue as i64)
        } else {
            residue as i64
        };
        if value == -1 {
            -2
        } else {
            value
        }
    }

    /// `int.to_bytes(length, byteorder, signed=…)`; errors are OverflowError.
    pub fn to_bytes(
        &self,
        length: usize,
        big_endian: bool,
        signed: bool,
    ) -> Result<Vec<u8>, NumError> {
        if self.negative && !signed {
            return Err(NumError::new(
                ErrorKind::Overflow,
                "can't convert negative int to unsigned",
            ));
        }
        let too_big = NumError::new(ErrorKind::Overflow, "int too big to convert");
        let available = (length as u64).saturating_mul(8);
        let needed = if self.negative {
            bit_length_of(&sub_magnitude(&self.magnitude, &[1])) + 1
        } else {
            self.bit_length() + signed as u64
        };
        // CPython lets 0 and -1 (all sign bits) fit in no bytes at all.
        if needed > available && !(length == 0 && needed == 1 && signed) {
            return Err(too_big);
        }
        let limbs = self.to_twos_complement(length.div_ceil(4));
        let mut bytes: Vec<u8> = limbs
            .iter()
            .flat_map(|limb| limb.to_le_bytes())
            .take(length)
            .collect();
        if big_endian {
            bytes.reverse();
        }
        Ok(bytes)
    }

    /// `int.from_bytes(bytes, byteorder, signed=…)`.
    pub fn from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> BigInt {
        let mut little: Vec<u8> = bytes.to_vec();
        if big_endian {
            little.reverse();
        }
        let negative = signed && little.last().is_some_and(|top| top & 0x80 != 0);
        let fill = if negative { 0xff } else { 0 };
        while !little.len().is_multiple_of(4) {
            little.push(fill);
        }
        let mut limbs: Vec<u32> = little
            .chunks(4)
            .map(|chunk| u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]))
            .collect();
        if negative {
            limbs.push(u32::MAX);
            BigInt::from_twos_complement(limbs)
        } else {
            BigInt::from_parts(false, limbs)
        }
    }
}

fn digit_char(digit: u32) -> u8 {
    if digit < 10 {
        b'0' + digit as u8
    } else {
        b'a' + (digit - 10) as u8
    }
}

/// The non-negative residue of `value` modulo positive `modulus`.
fn reduce(value: &BigInt, modulus: &BigInt) -> BigInt {
    BigInt::divmod_floor(value, modulus)
        .map(|(_, remainder)| remainder)
        .unwrap_or_default()
}

/// Inverse of `value` modulo positive `modulus` by the extended Euclidean algorithm.
fn modular_inverse(value: &BigInt, modulus: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (value.clone(), modulus.clone());
    let (mut old_s, mut s) = (BigInt::from_i64(1), BigInt::zero());
    while !r.is_zero() {
        let (quotient, remainder) = BigInt::divmod_floor(&old_r, &r)?;
        old_r = core::mem::replace(&mut r, remainder);
        let next_s = &old_s - &(&quotient * &s);
        old_s = core::mem::replace(&mut s, next_s);
    }
    if old_r.magnitude != [1] {
        return None;
    }
    Some(reduce(&old_s, modulus))
}

/// Correctly rounded conversion of a magnitude to float; `None` on overflow.
fn magnitude_to_float(limbs: &[u32]) -> Option<f64> {
    let bits = bit_length_of(limbs);
    if bits <= 64 {
        return Some(magnitude_to_u64(limbs).unwrap_or(0) as f64); // `as` rounds half-even
    }
    if bits > 1024 {
        return None;
    }
    // The top 64 bits with a sticky bit for everything below: bit 0 lies far below the
    // rounding position, so the u64 → f64 rounding sees the exact tie/non-tie.
    let shift = bits - 64;
    let mut top = magnitude_to_u64(&shift_right_magnitude(limbs, shift)).unwrap_or(0);
    if low_bits_nonzero(limbs, shift) {
        top |= 1;
    }
    let value = libm::ldexp(top as f64, shift as i32);
    if value.is_infinite() {
        None
    } else {
        Some(value)
    }
}

// ---------------------------------------------------------------------------------------------
// Ordering, display and operators.

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => compare_magnitude(&self.magnitude, &other.magnitude),
            (true, true) => compare_magnitude(&other.magnitude, &self.magnitude),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl core::fmt::Display for BigInt {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter.write_str(&self.to_string_radix(10))
    }
}

impl core::fmt::Debug for BigInt {
    fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        formatter.write_str(&self.to_string_radix(10))
    }
}

impl From<i64> for BigInt {
    fn from(value: i64) -> BigInt {
        BigInt::from_i64(value)
    }
}

fn signed_add(a_negative: bool, a: &[u32], b_negative: bool, b: &[u32]) -> BigInt {
    if a_negative == b_negative {
        return BigInt::from_parts(a_negative, add_magnitude(a, b));
    }
    match compare_magnitude(a, b) {
        Ordering::Equal => BigInt::zero(),
        Ordering::Greater => BigInt::from_parts(a_negative, sub_magnitude(a, b)),
        Ordering::Less => BigInt::from_parts(b_negative, sub_magnitude(b, a)),
    }
}

impl Add for &BigInt {
    type Output = BigInt;
    fn add(self, other: &BigInt) -> BigInt {
        signed_add(
            self.negative,
            &self.magnitude,
            other.negative,
            &other.magnitude,
        )
    }
}

impl Sub for &BigInt {
    type Output = BigInt;
    fn sub(self, other: &BigInt) -> BigInt {
        signed_add(
            self.negative,
            &self.magnitude,
            !other.negative,
            &other.magnitude,
        )
    }
}

impl Mul for &BigInt {
    type Output = BigInt;
    fn mul(self, other: &BigInt) -> BigInt {
        BigInt::from_parts(
            self.negative != other.negative,
            multiply_magnitude(&self.magnitude, &other.magnitude),
        )
    }
}

impl Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::from_parts(!self.negative, self.magnitude.clone())
    }
}

impl Neg for BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::from_parts(!self.negative, self.magnitude)
    }
}

impl Not for &BigInt {
    type Output = BigInt;
    /// `~x == -(x + 1)`.
    fn not(self) -> BigInt {
        -(self + &BigInt::from_i64(1))
    }
}

impl BitAnd for &BigInt {
    type Output = BigInt;
    fn bitand(self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x & y)
    }
}

impl BitOr for &BigInt {
    type Output = BigInt;
    fn bitor(self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x | y)
    }
}

impl BitXor for &BigInt {
    type Output = BigInt;
    fn bitxor(self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x ^ y)
    }
}

// ---------------------------------------------------------------------------------------------
// Hashing and i64 helpers.

/// CPython's `hash(int)` for a machine integer.
pub fn hash_i64(value: i64) -> i64 {
    let residue = (value.unsigned_abs() % HASH_MODULUS) as i64;
    let hashed = if value < 0 { -residue } else { residue };
    if hashed == -1 {
        -2
    } else {
        hashed
    }
}

/// CPython's `hash(float)`: equal to the hash of the equal int/rational; NaN hashes to 0 here.
pub fn hash_f64(value: f64) -> i64 {
    if value.is_nan() {
        return 0;
    }
    if value.is_infinite() {
        return if value > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = value.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // value = mantissa * 2^exponent exactly.
    let (mantissa, exponent) = if exponent_field == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_field - 1075)
    };
    // 2^61 ≡ 1 (mod 2^61 - 1), so a power of two reduces to 2^(exponent mod 61).
    let rotation = exponent.rem_euclid(61) as u32;
    let residue = (((mantissa as u128) << rotation) % HASH_MODULUS as u128) as i64;
    let hashed = if value < 0.0 { -residue } else { residue };
    if hashed == -1 {
        -2
    } else {
        hashed
    }
}

/// Python's `a // b` on i64; `None` for a zero divisor or overflow (`i64::MIN // -1`).
pub fn i64_floor_div(a: i64, b: i64) -> Option<i64> {
    let quotient = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(quotient - 1)
    } else {
        Some(quotient)
    }
}

/// Python's `a % b` on i64 (sign of the divisor); `None` for a zero divisor.
pub fn i64_floor_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let remainder = a.wrapping_rem(b);
    if remainder != 0 && ((remainder < 0) != (b < 0)) {
        Some(remainder + b)
    } else {
        Some(remainder)
    }
}

/// `base ** exponent` on i64; `None` on overflow.
pub fn i64_pow_checked(base: i64, exponent: u64) -> Option<i64> {
    match base {
        0 => Some(if exponent == 0 { 1 } else { 0 }),
        1 => Some(1),
        -1 => Some(if exponent.is_multiple_of(2) { 1 } else { -1 }),
        _ => base.checked_pow(u32::try_from(exponent).ok()?),
    }
}
