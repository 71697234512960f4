# collections.UserDict: a dict wrapper in `data`; subclasses override __setitem__ or
# __missing__ and the other methods go through them.
from collections import UserDict

d = UserDict({"a": 1}, b=2)
print(d, type(d).__name__, d.data, len(d), list(d), "a" in d, "z" in d)
d["c"] = 3
del d["a"]
print(d, d.get("a"), d.get("b"), d.get("a", 0))
print(list(d.keys()), list(d.values()), list(d.items()), d.keys())
print(d.pop("b"), d.pop("b", None), d.setdefault("c", 9), d.setdefault("e", 5), d)
d.update({"f": 6}, g=7)
d.update([("h", 8)])
print(d, d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d == {"e": 5, "f": 6, "g": 7, "h": 8}, d == UserDict(e=5, f=6, g=7, h=8), d != {}, d == [])
print(d | {"z": 0}, {"z": 0} | d, type(d | {}).__name__, type({} | d).__name__)
d |= {"y": 1}
d |= UserDict(x=2)
print(d)
c = d.copy()
c["new"] = 1
print(type(c).__name__, "new" in d, len(c) - len(d))
print(UserDict.fromkeys("ab", 0), dict(UserDict(k=1)))
d.clear()
print(d, len(d), bool(d), bool(UserDict(a=1)))
print(UserDict(dict={"kw": "only"}), UserDict([("p", 1)]), UserDict(self=1))


class Lowered(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


low = Lowered({"A": 1}, B=2)
low.update(C=3)
low.setdefault("D", 4)
print(low, type(low.copy()).__name__, low.copy())


class Counting(UserDict):
    def __missing__(self, key):
        return 0


counts = Counting()
print(counts["nothing"], counts.get("nothing"), "nothing" in counts)
try:
    hash(counts)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(counts)
except TypeError as e:
    print("TypeError:", e)
