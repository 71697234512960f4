# Sets of ints print and iterate in CPython's hash-table order.
a = set([30, 3, 17, 8])
b = set(range(12, 0, -3))
print(a, b, a | b, a & {3, 8, 99}, a - {3}, a ^ b)
print(list(a), sorted(a) == sorted(list(a)), list(frozenset([64, 1, 9, 33])), frozenset([100, 5]))
print(set([-1, -2, 5]), set([2 ** 40, 7, 0]), set(x * 7 for x in range(10)))
print({i % 5 for i in range(20)}, set("") | set(), set([1.0, 2.5, 1]))
big = set(range(40, 0, -1))
print(big == set(range(1, 41)), list(big)[:10], len(big))
