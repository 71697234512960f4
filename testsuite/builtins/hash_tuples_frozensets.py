# Tuples and frozensets hash as CPython's do (64-bit), so sets of them iterate in its order.
print(hash(()), hash((1, 2)), hash((0.5,)), hash((-1,)), hash(((),)), hash((1, (2, 3), 4.5, True)))
print(hash((1.0, 2.0)) == hash((1, 2)), hash((10 ** 30, -7)), hash((2 ** 64, 1j, 2 + 3j)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([-1, 2.5, (1, 2)])), hash(frozenset(range(100))))
print({(i, j) for i in range(4) for j in range(3)})
print({(x, x * x) for x in range(-5, 6)}, set([(1, 'a'), (1, 'a')]))
print({frozenset([1, 2]): 'a', frozenset(): 'b'}[frozenset([2, 1])])
