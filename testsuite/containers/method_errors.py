# Error messages of list, tuple, dict and set methods.
cases = [
    lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
    lambda: (1,).index(2), lambda: {}.popitem(), lambda: {}["k"], lambda: {}.pop("k"),
    lambda: set().pop(), lambda: {1}.remove(2), lambda: [1, 2][5], lambda: (1,)[3],
    lambda: [1, "a"].sort(), lambda: [3, 1].sort(key=5), lambda: {[]: 1}, lambda: {[1]},
    lambda: [1, 2, 3].insert(), lambda: [].extend(5), lambda: dict(1), lambda: dict([[1]]),
    lambda: frozenset([1]).add(2), lambda: {1: 2}.update(3), lambda: [1][::0], lambda: list(5),
    lambda: tuple(None), lambda: {}.setdefault(), lambda: [].count(), lambda: sorted([1, "x"]),
    lambda: min([]), lambda: max([], default=7), lambda: min(1), lambda: max("abc", key=ord),
]
for case in cases:
    try:
        print("ok:", case())
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
