# list operators and comparisons.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 in a, 5 not in a, len(a), a == [1, 2, 3], a != [1, 2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [[1], [2]] < [[1], [3]])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list())
b = a
b += [4]
print(a is b, a)
print(a[1:] + a[:1], max(a), min(a), sum(a), sorted(a, reverse=True))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
