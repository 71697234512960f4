# set.pop() takes the first element in iteration order, as CPython's does (ints and floats,
# whose order CPython fixes); popping them all gives that order.
s = {5, 3, 9, 1, 100, 33}
print([s.pop() for _ in range(3)], sorted(s))
t = set(range(20, 0, -3))
out = []
while t:
    out.append(t.pop())
print(out)
u = {-1, -2, 7, 2**40, 0}
print(u.pop(), u.pop(), sorted(u))
w = {1.5, 2, 3.25}
print(w.pop(), sorted(w))
big = set(range(1000))
print(sum(big.pop() for _ in range(1000)), len(big))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
f = frozenset({1})
print(hasattr(f, 'pop'))
