# Numeric equality drives dict/set membership across int, float and bool.
d = {1: "one", 2.0: "two", 10 ** 20: "big"}
print(d[1.0], d[True], d[2], d[10 ** 20], 10.0 ** 20 in d)
s = {0, False, 0.0, 1, True}
print(len(s), sorted(s))
print(hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-1.0), hash(2 ** 70) == hash(2.0 ** 70))
print(hash(5) == 5, hash(-5) == -5)
