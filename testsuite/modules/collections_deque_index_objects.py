# deque indexes: an object with __index__ is an index (read before the deque's length, which
# its __index__ may change); other types are CPython's TypeError.
from collections import deque
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
d = deque([10, 20, 30])
print(d[I(1)], d[I(-1)])
d[I(0)] = 5; print(d)
del d[I(1)]; print(d)
d.insert(I(1), 7); print(d)
d.rotate(I(1)); print(d)
for bad in ['1', 1.0, None]:
    try:
        d[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    d[I(9)]
except IndexError as e:
    print('IndexError', e)
e = deque([1, 2, 3])
class C:
    def __index__(self): e.clear(); return 1
try:
    e[C()]
except IndexError as x:
    print('IndexError', x)
