//! Double-double arithmetic and the accurate `exp`, `ln` and `pow` built on it.
//!
//! CPython's float `**` is the platform C `pow`, which on common platforms (glibc) is
//! correctly rounded in practice; `libm`'s ports are only faithful (≤ 1 ulp), so a few percent of
//! results would print differently. Here the logarithm and exponential are carried in about 100
//! bits (a pair of f64 whose sum is the value, no FMA needed) and rounded once at the end, which
//! gives the correctly rounded result except in astronomically rare near-midpoint cases.
//! About ten times the work of `libm::pow`.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DoubleDouble {
    hi: f64,
    lo: f64,
}

/// k! for k < 10 (exact in f64).
const FACTORIALS: [f64; 10] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
];

const LN2: DoubleDouble = DoubleDouble {
    hi: core::f64::consts::LN_2,
    lo: 2.3190468138462996e-17,
};

/// 1 / ln 2 and 1 / ln 10.
const LOG2_E: DoubleDouble = DoubleDouble {
    hi: core::f64::consts::LOG2_E,
    lo: 2.0355273740931033e-17,
};
const LOG10_E: DoubleDouble = DoubleDouble {
    hi: core::f64::consts::LOG10_E,
    lo: 1.098319650216765e-17,
};

/// Exact sum of two floats (Knuth's TwoSum).
fn two_sum(a: f64, b: f64) -> DoubleDouble {
    let sum = a + b;
    let b_virtual = sum - a;
    let error = (a - (sum - b_virtual)) + (b - b_virtual);
    DoubleDouble { hi: sum, lo: error }
}

/// Exact sum when `|a| >= |b|` (Dekker's FastTwoSum).
fn fast_two_sum(a: f64, b: f64) -> DoubleDouble {
    let sum = a + b;
    DoubleDouble {
        hi: sum,
        lo: b - (sum - a),
    }
}

/// Splits a float into two halves of at most 26 significant bits each (Veltkamp).
fn split(a: f64) -> (f64, f64) {
    let scaled = 134_217_729.0 * a; // 2^27 + 1
    let high = scaled - (scaled - a);
    (high, a - high)
}

/// Exact product of two floats (Dekker's TwoProduct).
fn two_product(a: f64, b: f64) -> DoubleDouble {
    let product = a * b;
    let (a_high, a_low) = split(a);
    let (b_high, b_low) = split(b);
    let error = ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low;
    DoubleDouble {
        hi: product,
        lo: error,
    }
}

impl DoubleDouble {
    const fn from(value: f64) -> DoubleDouble {
        DoubleDouble { hi: value, lo: 0.0 }
    }

    fn add(self, other: DoubleDouble) -> DoubleDouble {
        let sum = two_sum(self.hi, other.hi);
        fast_two_sum(sum.hi, sum.lo + self.lo + other.lo)
    }

    fn mul(self, other: DoubleDouble) -> DoubleDouble {
        let product = two_product(self.hi, other.hi);
        fast_two_sum(
            product.hi,
            product.lo + self.hi * other.lo + self.lo * other.hi,
        )
    }

    fn mul_f64(self, other: f64) -> DoubleDouble {
        let product = two_product(self.hi, other);
        fast_two_sum(product.hi, product.lo + self.lo * other)
    }

    fn div_f64(self, divisor: f64) -> DoubleDouble {
        let quotient = self.hi / divisor;
        let back = two_product(quotient, divisor);
        let remainder = ((self.hi - back.hi) - back.lo + self.lo) / divisor;
        fast_two_sum(quotient, remainder)
    }

    /// Multiplies by a power of two (exact barring overflow/underflow).
    fn scale(self, factor: f64) -> DoubleDouble {
        DoubleDouble {
            hi: self.hi * factor,
            lo: self.lo * factor,
        }
    }
}

/// `1 / n` to double-double precision.
fn reciprocal(n: f64) -> DoubleDouble {
    DoubleDouble::from(1.0).div_f64(n)
}

/// Natural logarithm of a positive finite float, to about 2^-100 relative.
fn ln_double_double(x: f64) -> DoubleDouble {
    // x = 2^exponent * m with m in [1/√2, √2).
    let (mut m, mut exponent) = libm::frexp(x);
    if m < core::f64::consts::FRAC_1_SQRT_2 {
        m *= 2.0;
        exponent -= 1;
    }
    // ln m = 2 atanh(s) with s = (m - 1) / (m + 1) = f / (2 + f); f is exact (Sterbenz).
    let f = m - 1.0;
    let denominator = fast_two_sum(2.0, f);
    let s_high = f / denominator.hi;
    let back = two_product(s_high, denominator.hi);
    let s_low = (((f - back.hi) - back.lo) - s_high * denominator.lo) / denominator.hi;
    let s = fast_two_sum(s_high, s_low);
    let z = s.mul(s); // |z| <= 0.0295
                      // 2 atanh(s) = 2s (1 + z/3 + z^2/5 + …): small high-order terms in plain f64,
                      // the first five in double-double.
    let mut tail = 1.0 / 45.0;
    for j in (5..22).rev() {
        tail = tail * z.hi + 1.0 / (2 * j + 1) as f64;
    }
    let mut series = DoubleDouble::from(tail);
    for j in (0..5).rev() {
        series = series.mul(z).add(reciprocal((2 * j + 1) as f64));
    }
    let ln_m = s.mul(series).scale(2.0);
    let exponent = exponent as f64;
    let ln_power = two_product(exponent, LN2.hi).add(DoubleDouble::from(exponent * LN2.lo));
    ln_power.add(ln_m)
}

/// `e^t` for a double-double argument, rounded once to f64 (inf on overflow, 0 on underflow).
fn exp_double_double(t: DoubleDouble) -> f64 {
    if t.hi > 710.0 {
        return f64::INFINITY;
    }
    if t.hi < -746.0 {
        return 0.0;
    }
    // t = n ln2 + r, |r| <= ln2/2; then r is scaled down by 2^10 for a short Taylor series and
    // the result squared back up: e^r = (e^(r/1024))^1024.
    let n = libm::round(t.hi / LN2.hi);
    let r = t
        .add(two_product(-n, LN2.hi))
        .add(DoubleDouble::from(-n * LN2.lo));
    let small = r.scale(1.0 / 1024.0);
    // expm1(small) = small + small²/2 + small³/6 + rest: the first three terms in double-double,
    // the rest (below 2^-40 of the sum) in plain f64. |small| <= 3.4e-4.
    let square = small.mul(small);
    let cube = square.mul(small).div_f64(6.0);
    let x = small.hi;
    let mut rest = 1.0 / 3_628_800.0; // 1/10!
    for k in (4..10).rev() {
        rest = rest * x + 1.0 / FACTORIALS[k];
    }
    let rest = rest * (x * x) * (x * x);
    let mut expm1 = small
        .add(square.scale(0.5))
        .add(cube)
        .add(DoubleDouble::from(rest));
    for _ in 0..10 {
        // (1 + e)^2 - 1 = 2e + e^2 keeps the relative precision of small e.
        expm1 = expm1.scale(2.0).add(expm1.mul(expm1));
    }
    let value = DoubleDouble::from(1.0).add(expm1);
    scale_by_power_of_two(value, n as i32)
}

/// `value * 2^exponent` rounded once, also when the result is subnormal.
fn scale_by_power_of_two(value: DoubleDouble, exponent: i32) -> f64 {
    // value is in [0.7, 1.5): the result is normal unless the exponent is below -1022.
    if exponent >= -1021 {
        return libm::ldexp(value.hi, exponent);
    }
    // Count in units of the smallest subnormal (2^-1074) and round that count half-even,
    // letting the low word decide ties and near-ties.
    let shift = exponent + 1074;
    if shift < -1 {
        return 0.0; // below half the smallest subnormal
    }
    let units = value.scale(libm::ldexp(1.0, shift));
    let whole = libm::floor(units.hi);
    let fraction = (units.hi - whole) + units.lo;
    let rounded = if fraction > 0.5 || (fraction == 0.5 && crate::fmod::fmod(whole, 2.0) == 1.0) {
        whole + 1.0
    } else {
        whole
    };
    libm::ldexp(rounded, -1074)
}

/// `x ** y` for positive finite `x` and finite `y` (inf on overflow, 0 on underflow).
pub fn pow_positive(x: f64, y: f64) -> f64 {
    exp_double_double(ln_double_double(x).mul_f64(y))
}

/// `e ** x` (correctly rounded in practice).
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    exp_double_double(DoubleDouble::from(x))
}

/// `2 ** x` (correctly rounded in practice; exact for integer `x`). Replaces `libm::exp2`,
/// whose 4 KiB table cost more flash than this.
pub fn exp2(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= 1100.0 {
        // NaN stays NaN; beyond ±1100 the result overflows or underflows (and a huge `x`
        // would overflow the exact product below).
        return if x.is_nan() {
            x
        } else if x > 0.0 {
            f64::INFINITY
        } else {
            0.0
        };
    }
    exp_double_double(LN2.mul_f64(x))
}

/// Cube root (correctly rounded in practice; exact for perfect cubes). Replaces `libm::cbrt`,
/// which with the `fma` it needs cost about 2 KiB more flash.
pub fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let root = exp_double_double(ln_double_double(x.abs()).div_f64(3.0));
    if x < 0.0 {
        -root
    } else {
        root
    }
}

/// Natural logarithm of a positive finite float (correctly rounded in practice).
pub fn ln(x: f64) -> f64 {
    ln_double_double(x).hi
}

/// Base-2 logarithm of a positive finite float (correctly rounded in practice; exact for
/// powers of two).
pub fn log2(x: f64) -> f64 {
    ln_double_double(x).mul(LOG2_E).hi
}

/// Base-10 logarithm of a positive finite float (correctly rounded in practice; exact for
/// powers of ten).
pub fn log10(x: f64) -> f64 {
    ln_double_double(x).mul(LOG10_E).hi
}
