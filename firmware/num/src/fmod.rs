//! `fmod`: the exact float remainder (C's `fmod`), by shift-and-subtract on the mantissas.
//!
//! `libm`'s version is about 2.6 KB of flash; this one is a few hundred bytes. It takes one
//! step per binary order of magnitude between the operands, which is a handful for the
//! operands a program meets (at most about 2,100 for the extremes).

/// `x - n * y` for the integer `n = trunc(x / y)`, exactly, with `x`'s sign. NaN when `x` is
/// infinite, `y` is zero or either is NaN; `x` itself when `|x| < |y|` (so also for infinite `y`).
pub fn fmod(x: f64, y: f64) -> f64 {
    const SIGN: u64 = 1 << 63;
    const INFINITY: u64 = 0x7ff0_0000_0000_0000;
    let sign = x.to_bits() & SIGN;
    let (magnitude_x, magnitude_y) = (x.to_bits() & !SIGN, y.to_bits() & !SIGN);
    if magnitude_y == 0 || magnitude_x >= INFINITY || magnitude_y > INFINITY {
        return f64::NAN;
    }
    if magnitude_x <= magnitude_y {
        return if magnitude_x == magnitude_y {
            f64::from_bits(sign)
        } else {
            x
        };
    }
    let (mut exponent, mut mantissa) = unpack(magnitude_x);
    let (exponent_y, mantissa_y) = unpack(magnitude_y);
    // Long division one bit at a time; only the remainder is kept.
    while exponent > exponent_y {
        if mantissa >= mantissa_y {
            mantissa -= mantissa_y;
        }
        mantissa <<= 1;
        exponent -= 1;
    }
    if mantissa >= mantissa_y {
        mantissa -= mantissa_y;
    }
    if mantissa == 0 {
        return f64::from_bits(sign);
    }
    let shift = i64::from(mantissa.leading_zeros()) - 11;
    mantissa <<= shift;
    exponent -= shift;
    let bits = if exponent > 0 {
        (mantissa & !(1 << 52)) | ((exponent as u64) << 52)
    } else {
        // Subnormal: the bits shifted out are zero, since the remainder is exact.
        mantissa >> (1 - exponent)
    };
    f64::from_bits(bits | sign)
}

/// A finite nonzero magnitude's (biased exponent, mantissa with bit 52 set); subnormals are
/// normalised, their exponent going to zero or below.
fn unpack(magnitude: u64) -> (i64, u64) {
    let exponent = (magnitude >> 52) as i64;
    if exponent == 0 {
        let shift = i64::from(magnitude.leading_zeros()) - 11;
        (1 - shift, magnitude << shift)
    } else {
        (exponent, (magnitude & ((1 << 52) - 1)) | (1 << 52))
    }
}
