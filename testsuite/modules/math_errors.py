# math: domain and range errors.
import math
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1),
         lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
         lambda: math.gcd(1.5, 2), lambda: math.fmod(1, 0), lambda: math.log(10, 1)]
for case in cases:
    try:
        print("ok", case())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
