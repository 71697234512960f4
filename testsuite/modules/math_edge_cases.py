# math: special values, error messages and exact integer/float corner cases.
import math
inf, nan = math.inf, math.nan
print(math.copysign(0.0, -1), math.fabs(-0.0), math.floor(-0.0), math.ceil(-0.0), math.trunc(1e20))
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf) == math.pi / 2, math.tanh(inf), math.erf(inf))
print(math.isnan(math.sin(nan)), math.hypot(inf, nan), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([0.1] * 10) == 1.0, math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([inf, 1.0]), math.isnan(math.fsum([nan, 1.0])))
print(math.log(2 ** 1000) == 1000 * math.log(2), math.log10(10 ** 300), math.log2(2 ** 2000), math.log(8, 2))
print(math.ldexp(1.0, -1074), math.ldexp(0.5, 1024) if False else "ldexp", math.frexp(0.0), math.frexp(-inf))
print(math.modf(inf), math.modf(-0.0), math.modf(3.0), math.fmod(-7, 3), math.fmod(7, -inf), math.remainder(5, 2))
print(math.gcd(-12, -18), math.gcd(7), math.lcm(), math.lcm(-4, 6), math.lcm(2 ** 65, 3), math.gcd(True, 4))
print(math.comb(10, 0), math.comb(0, 0), math.perm(10, 0), math.perm(3, 5), math.comb(1000, 998), math.factorial(0))
print(math.isqrt(2 ** 127 - 1), math.isqrt(True), math.prod([1.5, 2]), math.prod(["ab"], start=1), math.prod(range(1, 6), start=2))
print(math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(-inf, inf))
print(math.dist([1, 2, 3], [4, 6, 3]), math.degrees(1), math.radians(1), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.pow(0.0, 0.0), math.pow(-2, 3), math.pow(2, -1), math.pow(1, nan), math.pow(nan, 0), math.pow(-8, 1 / 3) if False else "")
class Number:
    def __float__(self):
        return 2.25
    def __index__(self):
        return 7
    def __floor__(self):
        return "floored"
print(math.sqrt(Number()), math.factorial(Number()), math.floor(Number()), math.gcd(Number(), 21))
errors = [
    lambda: math.sqrt("x"), lambda: math.log(-inf), lambda: math.log(0.0, 10), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5),
    lambda: math.pow(10, 400), lambda: math.atanh(1), lambda: math.asin(-1.5), lambda: math.gamma(0), lambda: math.gamma(-2),
    lambda: math.lgamma(-1), lambda: math.cosh(1000), lambda: math.ldexp(1.0, 5000), lambda: math.sin(inf),
    lambda: math.fmod(inf, 1), lambda: math.remainder(1, 0), lambda: math.comb(5, -1), lambda: math.perm(-1),
    lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1,), (1, 2)), lambda: math.fsum([inf, -inf]),
    lambda: math.floor("1"), lambda: math.isqrt(2.0), lambda: math.lcm(1.0), lambda: math.log1p(-1), lambda: math.factorial(10 ** 30),
    lambda: math.exp(710), lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.sqrt(10 ** 400), lambda: math.trunc(nan), lambda: math.erfc("a"),
]
for case in errors:
    try:
        print("ok", case())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
