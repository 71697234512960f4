# yield from: close() reaches an iterator's own close(), throw() its throw(); gi_yieldfrom is
# the delegate while suspended in it. A dict whose keys changed at the same size raises; a
# sequence's __add__/__mul__ called directly raise their TypeError (numbers' give NotImplemented).
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self): print("It.close")
    def throw(self, *a): print("It.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); raise StopIteration(99)
def g():
    r = yield from It()
    print("r", r)
    return r
x = g()
print(next(x), next(x))
print(getattr(x, "gi_yieldfrom", x).__class__.__name__)
x.close()
y = g(); next(y)
try:
    y.throw(ValueError)
except StopIteration as e:
    print("stop", e.value)
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
z = outer(); next(z)
print(getattr(z, "gi_yieldfrom", inner).__name__)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]; d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: 'abc'.__add__(1))
t(lambda: [].__mul__('a'))
t(lambda: (1).__add__('a'))
t(lambda: [].__add__(()))
t(lambda: {}.__or__([]))
