# Exact conversions between big ints and floats.
print(int(2.0 ** 100), int(1e30), int(-1e18), int(123456789.987))
print(float(2 ** 100), float(10 ** 22), float(2 ** 53 + 1))
print(float(-(2 ** 63)), float(10 ** 300) == 1e300)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 30) / (10 ** 15))
