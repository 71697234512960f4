# dict and set methods beyond the basics.
d = dict(a=1, b=2)
d2 = d.copy()
d2["c"] = 3
print(d, d2, d | {"z": 0}, {**d, "b": 9}, dict.fromkeys("xy", 0), dict(zip("ab", range(2))))
print(d.setdefault("a", 5), d.setdefault("q", []), d.pop("q"), d.pop("missing", "dflt"), d.get("zz"))
d.update([("k", 1)], m=2)
print(d, list(d.items())[-1], d.popitem(), len(d))
d |= {"n": 1}
print(d, list(reversed(d)), "a" in d.keys(), 1 in d.values(), ("a", 1) in d.items())
k = d.keys()
print(k & {"a", "nope"}, {"a", "b"} - k == set(), k | ["x"] == {"a", "b", "k", "n", "x"}, k.isdisjoint({"x"}) if hasattr(k, "isdisjoint") else True)
s = {3, 1, 2}
t = frozenset([2, 3, 4])
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), s <= {1, 2, 3}, s < {1, 2, 3}, t >= {2})
print(s.union([9]), s.intersection("ab"), s.difference(t), s.symmetric_difference(t) == s ^ t, s.isdisjoint([7]))
s.update([5], (6,))
s.discard(99)
s.difference_update({5})
s.intersection_update(range(10))
s.symmetric_difference_update({1, 100})
print(sorted(s), s.issubset(range(200)), s.issuperset([2]), frozenset() == set(), hash(frozenset()) == hash(frozenset()))
print(type(t | s).__name__, type(s | t).__name__, repr(set()), repr(frozenset()), {frozenset({1}): 2})
