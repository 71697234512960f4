# iter() and next(), including the two-argument sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, None))
print(iter(it) is it)
data = [3, 2, 1, 0, 5]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
print(list(pos))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
s = iter("xy")
print(type(s).__name__ in ("str_iterator", "str_ascii_iterator"))
