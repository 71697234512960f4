# sorted() on every iterable; returns a new list.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted(range(5), reverse=True), sorted([], key=len), sorted(x * x for x in [-2, 1]))
a = [2, 1]
b = sorted(a)
print(a, b, a is b)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
