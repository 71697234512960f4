# Floats as dict keys; integral floats hash like ints.
d = {}
d[1.5] = "a"
d[2.0] = "b"
print(d[1.5], d[2], 2 in d, 1.5 in d, 1.50000001 in d)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(-0.0) == hash(0.0))
s = {0.5, 0.25, 0.5}
print(sorted(s))
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], n in {n})
