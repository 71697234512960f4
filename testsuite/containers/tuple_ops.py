# tuples.
t = (1, "a", 3.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t + (5,), t * 2, (1,) * 0)
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), type(()).__name__)
print(t.count(1), t.index("a"), 3.5 in t)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (1, "a") == (1, "a"))
a, b = (1, 2)
print(a, b)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
inner = ([1], 2)
inner[0].append(9)
print(inner)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
