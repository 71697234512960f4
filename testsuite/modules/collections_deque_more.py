# deque: index, count, remove, insert, reverse, copy, comparisons, errors.
from collections import deque
d = deque([1, 2, 3, 2, 1])
print(d.index(2), d.count(1), d.index(2, 2))
d.remove(2)
d.insert(1, "x")
print(d)
d.reverse()
print(d, d.copy() == d, d.copy() is d, deque([1, 2]) < deque([1, 3]))
try:
    d.remove("missing")
except ValueError as e:
    print(type(e).__name__)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
print(deque([1, 2, 3], maxlen=2), len(deque()), bool(deque()), deque("ab") + deque("cd"))
