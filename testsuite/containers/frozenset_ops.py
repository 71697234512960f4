# frozenset is hashable and immutable.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, f == frozenset({1, 2, 3}))
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
print(frozenset(), repr(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
