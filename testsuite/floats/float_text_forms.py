# float() of text forms, repr round-trips and error messages.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1E-3"), float(".5"), float("5."), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+1.0e+2"), float(b"2.5"), float(7), float(True))
print(repr(0.1 + 0.2), repr(1e16), repr(1e-5), repr(123456789012345678.0), repr(-0.0), 1e22, 1e-7, 5e-324)
for bad in ["", "abc", "1.5.5", "1e", "1__0", "_1", "0x10", "in f", "1,5"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], "x" * 0]:
    try:
        print(float(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(5, -1), round(15, -1))
print(round(0.5), round(1.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(-0.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7), pow(2.0, 0.5))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: round(float("inf")), lambda: divmod(1, 0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(1234567.891, ",.1f"), format(0.5, "%"), format(1e100, "g"), format(12.0, "e"))
print(f"{2.5:08.3f}|{-1.5:+.1f}|{1e-10:g}|{123.456:.3g}|{float('nan'):>5}|{float('inf'):<5}|")
print(sum([0.1] * 10), sum([1, 2.5]), sum([], 0.5), (0.1).hex(), float.fromhex("0x1.8p-1"))
