# functools: partial, reduce, wraps, lru_cache, cmp_to_key, total_ordering.
import functools
from functools import partial, reduce, wraps
base2 = partial(int, base=2)
print(base2("1011"), base2.func is int, base2.keywords, partial(pow, 2)(10))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def deco(fn):
    @wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def documented(x):
    "The doc."
    return x
print(documented.__name__, documented.__doc__, documented(5), documented.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info().hits > 0)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
