# Floats in truth tests, min/max, and mixed comparisons with ints.
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")), bool(float("inf")))
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1), max([0.5, -1, 2 ** 60]))
print(1.0 < 2, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 0.1 < 1 / 9, 1e308 < 10 ** 309)
print(sorted([1, 0.5, -2, 2.5, True, 0]), sum([0.5, 1, True]))
