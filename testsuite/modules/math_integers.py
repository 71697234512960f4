# math integer functions on big values.
import math
print(math.factorial(50), math.isqrt(2 ** 200 + 12345), math.comb(100, 50), math.perm(20, 10))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20), math.gcd(0, 0), math.lcm(0, 5))
print(math.floor(1e300) == 10 ** 300 or math.floor(1e300) > 0, math.floor(-1.5), type(math.ceil(1.0)).__name__)
print(math.trunc(2 ** 70 + 0.0) == 2 ** 70, math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16))
print(math.prod(range(1, 21)) == math.factorial(20), math.prod([2, 3], start=5))
