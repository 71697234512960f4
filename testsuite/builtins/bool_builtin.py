# bool() and truth values.
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), {}, {0: 0}, set(), None, b"", range(0), range(1), 10 ** 100]:
    print(repr(v), bool(v))
print(bool(), type(bool(1)).__name__, True is bool(1))
