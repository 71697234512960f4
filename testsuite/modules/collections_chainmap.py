# collections.ChainMap: lookups through the maps in order, writes and deletes in the first,
# new_child, parents, views, copy, fromkeys, ==, |, |= and repr.
from collections import ChainMap

defaults = {"colour": "red", "user": "guest", "size": 1}
settings = {"user": "admin"}
chain = ChainMap(settings, defaults)
print(chain)
print(chain["user"], chain["colour"], chain.get("missing"), chain.get("size", 0))
print(len(chain), list(chain), "user" in chain, "other" in chain, bool(chain))
print(list(chain.keys()), list(chain.values()))
print(list(chain.items()))
print(chain.keys(), ("user", "admin") in chain.items(), "red" in chain.values())
print(len(chain.items()), "colour" in chain.keys())

chain["colour"] = "blue"
print(settings, defaults)
del chain["colour"]
print(chain["colour"], settings)
try:
    del chain["size"]
except KeyError as e:
    print("KeyError:", e)
try:
    chain["nothing"]
except KeyError as e:
    print("KeyError:", e)
print(chain.pop("user"), chain.pop("user", "gone"), chain["user"])
try:
    chain.pop("size")
except KeyError as e:
    print("KeyError:", e)
chain["a"] = 1
print(chain.popitem())
try:
    chain.popitem()
except KeyError as e:
    print("KeyError:", e)
print(chain.setdefault("size", 5), chain.setdefault("new", 6), settings)
chain.update({"x": 1}, y=2)
print(settings)
chain.clear()
print(settings, defaults, chain)

child = chain.new_child()
child["depth"] = 1
print(child, child.maps[1] is settings)
print(child.new_child({"z": 0}, extra=True))
print(child.new_child(inner=1))
print(child.parents, child.parents.parents)
print(ChainMap(), ChainMap().maps, bool(ChainMap({})), len(ChainMap({}, {})))

shared = ChainMap({"k": 1}, {"k": 2, "j": 3})
copied = shared.copy()
copied["k"] = 10
print(shared, copied, copied.maps[1] is shared.maps[1])
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 0))
print(shared == {"k": 1, "j": 3}, shared == {"k": 2, "j": 3}, shared == ChainMap({"j": 3, "k": 1}))
print(shared | {"k": 5, "n": 6})
print({"k": 7, "m": 8} | shared)
shared |= {"j": 30}
print(shared)
print(dict(shared), sorted(shared))
try:
    shared | 1
except TypeError as e:
    print("TypeError:", e)


class Defaulting(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaulting({"a": 1})
print(d["a"], d["b"], d.get("b"), "b" in d, d.new_child())
try:
    hash(shared)
except TypeError as e:
    print("TypeError:", e)
for mapping in (shared, d):
    try:
        reversed(mapping)
    except TypeError as e:
        print("TypeError:", e)
