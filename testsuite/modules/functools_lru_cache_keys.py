# functools.lru_cache keys as CPython makes them: a lone int or str argument is its own key,
# anything else a tuple, so f(1) and f(1.0) are two entries but f(True) finds f(1.0)'s.
import functools

calls = []


@functools.lru_cache
def f(x):
    calls.append(x)
    return x


print(f(1), f(1.0), f(True), f("a"), f("a"), calls, f.cache_info())


@functools.lru_cache(typed=True)
def g(x):
    return x


print(g(1), g(1.0), g(True), g.cache_info())
