# math: exactly determined results (integers, exact floats, correctly rounded sqrt).
import math
print(math.sqrt(25), math.sqrt(0.25), math.isqrt(99), math.isqrt(10 ** 20), math.factorial(20))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(60, 30))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5))
print(math.fabs(-2), math.copysign(1, -0.0), math.fmod(10, 3), math.remainder(10, 3), math.remainder(11, 3))
print(math.pow(2, 10), math.ldexp(3, 4), math.frexp(48.0), math.modf(-2.5), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.fsum([0.1] * 10), math.exp(0), math.log(1), math.log2(1024), math.log10(1000))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(0, 1), math.acos(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.isfinite(math.inf), math.isnan(math.nan), math.isinf(-math.inf))
