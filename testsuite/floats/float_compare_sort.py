# Ordering and equality among floats.
vals = [3.5, -0.0, 0.0, -1e-300, 1e-300, -2.5, 1e300, -1e300]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(0.0 == -0.0, str(-0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
print(max([1.5, 2.5, 2.0]), min([1.5, 2.5, -2.0]))
