# A set iterates in the order its repr shows, CPython's order for numbers (the order of its
# hash table), whether built by a literal, add(), set() or an operation.
s = set()
for i in [0, 3, 6, 9]:
    s.add(i)
print(list(s), s)
print(list({0, 3, 6, 9}), [x for x in {9, 8, 1, 16, 33}])
s3 = set()
for x in [100, 5, 37, 8, 64, 1]:
    s3.add(x)
print(list(s3), s3, tuple(s3), sorted(s3))
a, b, *rest = {40, 8, 3, 17}
print(a, b, rest)
print(list({1, 2, 3} | {64, 32}), list({-1, -2, 5} & {5, -1, 7}), list(frozenset([10, 2, 30])))
print(" ".join(str(x) for x in {1000, 7, 2**40, -5}))
big = set(range(0, 200, 7))
print(list(big) == [x for x in big], str(list(big)) == str(big).replace("{", "[").replace("}", "]"))
it = iter({1, 2, 3})
print(next(it), type(it).__name__)
s4 = {1, 2, 3}
try:
    for x in s4:
        s4.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
