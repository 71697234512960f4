# min, max, sum with keys, defaults and errors.
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max("apple", "pear", key=len), min([[2], [1, 5]]))
print(max([], default=0), min((), default="none"), max([1, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min([1.5, 1, True]), max(1, 1.0), max(1.0, 1))
print(sum([]), sum([1, 2, 3]), sum([0.5, 0.25]), sum(range(10), 100), sum([[1], [2]], []), sum([True, True]))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
