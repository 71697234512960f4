# *args and **kwargs.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5}))
def g(a, b=0, *rest, key="k", **extra):
    return a, b, rest, key, extra
print(g(1))
print(g(1, 2, 3, 4, key="K", z=26))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def merge(**parts):
    return "&".join(f"{k}={v}" for k, v in parts.items())
print(merge(b=2, a=1, c=3))
print(type(f()[0]).__name__, type(f()[1]).__name__)
