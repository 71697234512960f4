# functools: partial composition and keyword override; reduce with initial; lru_cache info.
from functools import partial, reduce, lru_cache
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
pp = partial(p, 2, c=3)
print(p(9), pp(), pp(d=7), p.args, sorted(pp.keywords.items()))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(lambda a, b: a + b, ["x"]))
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    sq(n)
print(calls, sq.cache_info().hits, sq.cache_info().misses, sq.cache_info().maxsize)
sq.cache_clear()
print(sq.cache_info().currsize)
