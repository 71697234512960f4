# Negative operands across //, %, >>, & and pow with big values.
vals = [-1, -7, -(2 ** 31), -(2 ** 64) - 3]
for a in vals:
    print(a // 3, a % 3, a >> 2, a & 0xFF, a | 1, a ^ -1, abs(a), -a, a * a)
print(pow(-2, 63), pow(-2, 64), (-3) ** 41, -(3 ** 41))
