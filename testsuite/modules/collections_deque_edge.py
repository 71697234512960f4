# deque edge cases: maxlen 0, indexing, slicing errors, self-extend, rotate, comparisons.
from collections import deque
d = deque(range(5), 3)
print(d, d.maxlen, len(d), d[0], d[-1], 4 in d, 0 in d)
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend([3])
print(z, len(z), bool(z))
d = deque("abc")
d.extend(d)
print(d, list(reversed(d)), d.count("a"))
d.rotate(7); print(d)
d.rotate(-8); print(d)
d[1] = "X"; del d[0]
print(d, d.index("c"), d.index("c", 2))
for bad in [lambda: d["x"], lambda: d[10], lambda: d[1:2], lambda: d.index("q"), lambda: deque(maxlen=-1), lambda: deque([], "x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = deque([1, 2])
e += [3]
print(e, e == deque([1, 2, 3]), e != deque([1]), e == [1, 2, 3], deque([1]) <= deque([1, 0]), deque([2]) > deque([1, 9]))
c = e.copy(); c.append(4)
print(e, c, deque(c, maxlen=2), deque(iterable=[1], maxlen=5))
q = deque()
for i in range(100):
    q.append(i)
    if len(q) > 3:
        q.popleft()
print(q, sum(deque(range(10))), deque([[1]]) == deque([[1]]))
class Sub(deque):
    pass
s = Sub([1, 2])
print(s, isinstance(s, deque), len(s))
