# set operations (printed sorted: set order is not defined for general elements).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a > {1}, a.isdisjoint({9}), a.issubset(range(10)))
print(sorted(a.union([7], (8,))), sorted(a.intersection("ab")), sorted(a.difference({1}, {2})))
s = set()
s.add(3); s.add(3); s.update([1, 2], {9})
print(sorted(s), len(s))
s.discard(100)
s.remove(9)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {1, 2, 3}, len(s))
s.clear()
print(s, set(), type(set()).__name__)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2}
t |= {3}; t &= {2, 3}; t -= {3}; t ^= {5}
print(sorted(t))
print(sorted(set("mississippi")), {1, 2} == {2, 1}, len({1, 1.0, True}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
