# dict methods.
d = {"a": 1, "b": 2}
print(d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10}, y=11)
d.update([("z", 12)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
d.clear()
print(d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
print(list(reversed({"x": 1, "y": 2})))
