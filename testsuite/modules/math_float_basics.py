# Exactly specified float functions (correctly rounded or exact).
import math
print(math.sqrt(16.0), math.sqrt(2.0), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.fabs(-3.0), math.copysign(3.0, -0.0), math.fmod(7.0, -2.0), math.fmod(-7.0, 2.0))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(1e20), type(math.floor(2.5)).__name__, math.ceil(2.0000001))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
try:
    math.sqrt(-1.0)
except ValueError as e:
    print(type(e).__name__, e)
