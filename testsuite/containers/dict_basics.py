# dict: insertion order, access, update, deletion.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
del d["b"]
d["b"] = 2
print(d)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict())
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", frozenset([1]): "fs"})
try:
    {[1]: 1}
except TypeError as e:
    print(type(e).__name__, e)
