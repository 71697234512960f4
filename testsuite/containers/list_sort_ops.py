# list methods, sort stability, key/reverse, in-place operators and comparisons.
a = [5, 3, 8, 1]
a.append(9); a.extend(range(2)); a.insert(0, 7); a.insert(-1, 6); a.insert(100, 4)
print(a, a.index(8), a.count(1), a.pop(), a.pop(0), a)
a.remove(1); a.reverse(); print(a, a[::2], a[-2:], a[:-5:-1], len(a))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len); print(words); words.sort(reverse=True); print(words)
b = [3, 1, 2]; c = b; b += [4]; b *= 2; print(c, c is b, b * 0, [0] * 3, 2 * [1, 2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], (1, "a") < (1, "b"), [] == [], [1] != [1.0])
print([1, [2, 3]] == [1, [2, 3]], (1, 2) + (3,), (1,) * 3, tuple("ab"), list((1, 2)), [*"ab", *[1]])
d = [0] * 5; d[1:3] = "xyz"; print(d); d[::2] = [7, 7, 7]; print(d); del d[::3]; print(d)
d[:] = []; print(d, d.copy(), [1, 2, 3].copy()[::-1])
e = [3, 1, 2]; e.sort(key=None); print(e, e.clear(), e)
nested = [[1, 2], [3]]; flat = [x for sub in nested for x in sub]; print(flat, sum(nested, []))
print(list(reversed([1, 2, 3])), [i * i for i in range(5) if i % 2], max([[1, 2], [1, 3]]))
try:
    [1, 2].sort(reverse=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
