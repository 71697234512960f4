# **kwargs preserve call order; mixing explicit and unpacked keywords.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
def g(a, **kw):
    return a, kw
print(g(**{"a": 1, "b": 2}))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def h(*, a, b):
    return a - b
print(h(b=1, a=10))
