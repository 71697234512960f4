# Keys of many hashable types coexist.
d = {}
keys = [1, 2.5, "s", b"b", (1, 2), None, True, frozenset({3}), -7, 10 ** 20, range(2), ""]
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d[1], d[True], d[(1, 2)], d[None], d[range(2)], d[""], d[10 ** 20])
print([type(k).__name__ for k in d])
