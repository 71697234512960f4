//! Complex division and powers, rounded as CPython rounds them.
//!
//! A complex is a `(real, imaginary)` pair of floats. Sums, differences and products are the
//! textbook formulas (the caller writes them inline); the quotient scales by the divisor's
//! larger part (Smith's method) so that it neither overflows nor loses digits, and the power
//! multiplies by squaring for small integer exponents and goes through polar form otherwise,
//! the two ways CPython computes them.

use crate::{ErrorKind, NumError};

/// A complex number: `(real, imaginary)`.
pub type Complex = (f64, f64);

/// `a * b`.
pub fn product((a, b): Complex, (c, d): Complex) -> Complex {
    (a * c - b * d, a * d + b * c)
}

/// `a / b`; `ZeroDivisionError` when `b` is zero.
pub fn quotient((a, b): Complex, (c, d): Complex) -> Result<Complex, NumError> {
    let (abs_c, abs_d) = (c.abs(), d.abs());
    if abs_c >= abs_d {
        if abs_c == 0.0 {
            return Err(NumError::new(
                ErrorKind::ZeroDivision,
                "complex division by zero",
            ));
        }
        let ratio = d / c;
        let denominator = c + d * ratio;
        Ok(((a + b * ratio) / denominator, (b - a * ratio) / denominator))
    } else if abs_d >= abs_c {
        let ratio = c / d;
        let denominator = c * ratio + d;
        Ok(((a * ratio + b) / denominator, (b * ratio - a) / denominator))
    } else {
        // A NaN part in the divisor.
        Ok((f64::NAN, f64::NAN))
    }
}

/// `base ** exponent`. `ZeroDivisionError` for zero to a negative or complex power,
/// `OverflowError` for an infinite result.
pub fn power(base: Complex, exponent: Complex) -> Result<Complex, NumError> {
    let (c, d) = exponent;
    let result = if d == 0.0 && c == libm::trunc(c) && c.abs() <= 100.0 {
        integer_power(base, c as i32)?
    } else {
        polar_power(base, exponent)?
    };
    if result.0.is_infinite() || result.1.is_infinite() {
        return Err(NumError::new(ErrorKind::Overflow, "complex exponentiation"));
    }
    Ok(result)
}

/// `base ** n` by repeated squaring; a negative `n` divides one by the positive power.
fn integer_power(base: Complex, n: i32) -> Result<Complex, NumError> {
    let mut result = (1.0, 0.0);
    let mut square = base;
    let mut remaining = n.unsigned_abs();
    while remaining > 0 {
        if remaining & 1 != 0 {
            result = product(result, square);
        }
        remaining >>= 1;
        if remaining > 0 {
            square = product(square, square);
        }
    }
    if n < 0 {
        // Zero, or a power too small for a float, has no inverse.
        quotient((1.0, 0.0), result).map_err(|_| zero_to_negative())
    } else {
        Ok(result)
    }
}

/// `base ** exponent` through polar form: |base|^c / e^(d·arg) at angle c·arg + d·ln|base|.
/// Never given a zero exponent: `power` sends it the integer way.
fn polar_power((a, b): Complex, (c, d): Complex) -> Result<Complex, NumError> {
    if a == 0.0 && b == 0.0 {
        if d != 0.0 || c < 0.0 {
            return Err(zero_to_negative());
        }
        return Ok((0.0, 0.0));
    }
    let modulus = libm::hypot(a, b);
    let mut length = libm::pow(modulus, c);
    let argument = libm::atan2(b, a);
    let mut phase = argument * c;
    if d != 0.0 {
        length /= libm::exp(argument * d);
        phase += d * libm::log(modulus);
    }
    Ok((length * libm::cos(phase), length * libm::sin(phase)))
}

fn zero_to_negative() -> NumError {
    NumError::new(
        ErrorKind::ZeroDivision,
        "0.0 to a negative or complex power",
    )
}
