# functools edge cases: partial reprs and flattening, wraps attributes, caches, orderings.
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering
p = partial(max, 1, key=abs)
q = partial(p, -5)
print(repr(p), repr(q), q.func is max, q.args, q.keywords, q(3), q(-9, key=lambda v: -v))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(lambda a, b: a - b, [10, 1, 2]), reduce(lambda a, b: a + b, "abc", "x"))
def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner
@logged
def area(w, h=2):
    "Area of a rectangle."
    return w * h
area.extra = 1
print(area.__name__, area.__qualname__, area.__doc__, area(3), area.__wrapped__(4, 5), area.extra)
@lru_cache(maxsize=None)
def add(a, b=0):
    return a + b
print(add(1), add(1), add(1, b=2), add(a=1, b=2), add.cache_info())
@lru_cache(maxsize=2, typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), ident.cache_parameters())
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info().misses)
@lru_cache
def plain(x):
    return -x
print(plain(3), plain.cache_info().maxsize)
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(x) - len(y))), max([3, 1], key=cmp_to_key(lambda a, b: a - b)))
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __gt__(self, other):
        return self.n > other.n
print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) >= Version(4), sorted([Version(3), Version(1)])[0].n)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
