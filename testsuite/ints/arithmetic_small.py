# Small-int arithmetic and operator semantics.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5)]:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** 1)
print(abs(-5), abs(0), -(-3), +4)
print(7 // 1, 7 % 1, -1 // 2, -1 % 2)
