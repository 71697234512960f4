# reversed() gives CPython's classes: list_reverseiterator, dict_reverse*iterator, range_iterator,
# and the generic reversed for other sequences.
d = {"a": 1, "b": 2}
for it in (reversed([1, 2]), reversed((1, 2)), reversed("ab"), reversed(range(3)), reversed(d),
           reversed(d.keys()), reversed(d.values()), reversed(d.items()), reversed(b"xy")):
    kind = type(it)
    print(kind.__name__, list(it), type(it) is kind, it.__class__.__name__, repr(it).split(" ")[0])
print(isinstance(reversed([]), reversed), isinstance(reversed(()), reversed), type(reversed([])) is type(reversed([3])))
