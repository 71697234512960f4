# Starred unpacking in assignments and for loops.
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(6)
print(e, f, g)
h, *i = (1,)
print(h, i)
(j, k), l = (1, 2), 3
print(j, k, l)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
[m, n] = 5, 6
print(m, n)
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print(type(err).__name__, err)
try:
    p, q, r = [1, 2]
except ValueError as err:
    print(type(err).__name__, err)
try:
    s, *t, u = [1]
except ValueError as err:
    print(type(err).__name__, err)
