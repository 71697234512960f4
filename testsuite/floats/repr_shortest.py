# repr of floats is the shortest string that round-trips.
values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1, 2.675, 100.0, 1e16, 1e17, 1.5e-7,
          123456789.123, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.5, 1e-4,
          1e-5, 123e20, 9007199254740993.0, 3.141592653589793, 1e22, 1e23, 4.35, 0.07]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
