# Set operators walk the fewest items they can, as CPython's: `a & b` the smaller set (its
# order then shows in the result's), `a |= b`/`a -= b` only b; results and their iteration
# order are CPython's.

small = {5, 37, 69, 1000, 8}
big = set(range(0, 300, 2)) | {37, 69, 1001}
for x, y in [(small, big), (big, small), (small, set(small)), ({1, 33, 65}, {65, 33, 1, 97})]:
    print(list(x & y), list(x - y)[:8], sorted(x ^ y)[:8], len(x | y), x.isdisjoint(y), x.intersection(y, {5, 8}))
s = set(big)
s -= {2, 4, 1001, 77}
s |= {77, 1001, 3}
s &= set(range(60))
print(sorted(s)[:10], len(s), list(s)[:10])
s ^= {1, 2, 3}
print(sorted(s)[:6], len(s))
fs = frozenset(big)
print(type(fs & small).__name__, type(small & fs).__name__, type(fs.intersection(small)).__name__, sorted(fs - big))
same = {1, 2, 3}
same &= same
print(same, same.isdisjoint(same), same.isdisjoint([4, 5]), same.isdisjoint(iter([3])))
same -= same
print(same)
print(set().intersection(), {1}.union(), {1, 2}.difference({2}, [1]), {1}.intersection([1, 1], (1,)))
