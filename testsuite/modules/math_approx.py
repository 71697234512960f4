# math: transcendental functions checked with tolerance (libm may differ in the last ulp).
import math
def close(a, b):
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15)
checks = [
    (math.exp(1), math.e), (math.log(math.e), 1.0), (math.sin(math.pi / 6), 0.5), (math.cos(math.pi / 3), 0.5),
    (math.tan(math.pi / 4), 1.0), (math.atan(1) * 4, math.pi), (math.sqrt(2) ** 2, 2.0), (math.exp(math.log(10)), 10.0),
    (math.log1p(1e-10), 1e-10), (math.expm1(1e-10), 1e-10), (math.cbrt(27) if hasattr(math, "cbrt") else 3.0, 3.0),
    (math.asinh(math.sinh(0.5)), 0.5), (math.acosh(math.cosh(2.0)), 2.0), (math.atanh(math.tanh(0.3)), 0.3),
    (math.gamma(5), 24.0), (math.lgamma(5), math.log(24)), (math.erf(0), 0.0), (math.erfc(0), 1.0),
    (math.pow(10, -2), 0.01), (math.log2(3) * math.log(2), math.log(3)),
]
for i, (got, want) in enumerate(checks):
    print(i, close(got, want))
print(round(math.sin(1), 10), round(math.exp(2), 10), round(math.log(7), 10), round(math.atan2(1, 2), 10))
