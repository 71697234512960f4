# Mixed int/float arithmetic promotes to float; int true division.
print(1 + 2.0, 3 * 1.5, 7 / 7, type(7 / 7).__name__, 2 ** 0.5 * 2 ** 0.5 == 2.0000000000000004)
print(10 / 4, 10 // 4.0, 10 % 4.0, -10 // 4.0, 2 ** 100 / 2 ** 99, (2 ** 100 + 1) / 2)
print(1e16 + 1 == 1e16, int(1e16) + 1)
print(0.1 * 10 == 1.0, sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(3.0 == 3, hash(3.0) == hash(3), 3.5 > 3, 2 ** 0.5)
