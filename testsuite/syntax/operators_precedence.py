# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 17 // 5 * 5)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 ^ 3 & 5, ~5 + 1)
print(not 1 == 2, not (1 and 0), 1 or 2 and 0)
print(3 < 4 == True, (3 < 4) == True)
print(1 if 0 else 2 if 0 else 3)
print(-3 % 5, 3 % -5, -3 // 5, 3 // -5)
print(2 * -3, - - 4, +-+1)
print([1, 2] + [3] * 2, "ab" * 2 + "c")
x = 5
print(5 in [1, 5] and 3 not in [1], None is None, x is not None)
x = 5
print(x > 3 and x < 10 or x == 0)
print((lambda: 1 if True else 2)())
