# Values around 2**30, 2**31, 2**32, 2**62, 2**63, 2**64 (small-int/bigint switch points).
for e in [29, 30, 31, 32, 62, 63, 64]:
    n = 2 ** e
    print(e, n - 1, n, n + 1, -n, -n - 1, (n - 1) * 2 + 1, n * n)
    print(" ", (n - 1) + 1 == n, n - 1 < n, -n < -n + 1, n // 2, n >> 1, hex(n - 1), (n - 1) & 0xFF)
x = 2 ** 31 - 1
print(x + 1, x * x, -x - 2, x << 1, x * -3)
y = -(2 ** 31)
print(y - 1, y * y, abs(y), y // -1, -y)
