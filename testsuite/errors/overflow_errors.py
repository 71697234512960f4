# OverflowError from float conversion and range-limited operations.
import math
cases = [lambda: float(10 ** 400), lambda: int(float("inf")), lambda: 10.0 ** 400, lambda: math.exp(1000),
         lambda: (2 ** 64).to_bytes(8, "big"), lambda: 2.0 ** 10000, lambda: math.ldexp(1.0, 100000)]
for case in cases:
    try:
        case()
    except OverflowError as e:
        print(type(e).__name__, e)
