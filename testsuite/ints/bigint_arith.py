# Arbitrary-precision arithmetic.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, divmod(b, a))
print(a // b, b // 12345678901, b % 12345678901)
print(10 ** 40 // 10 ** 20, (10 ** 40 + 1) % 10 ** 20)
print(-(2 ** 64), abs(-(2 ** 64)), -(2 ** 64) // 3)
print(2 ** 64 - 1 == 18446744073709551615, 2 ** 63 * 2 == 2 ** 64)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 30), f % 1000003)
print(pow(2, 200) >> 190, 1 << 100, (1 << 100) >> 99)
print(12345678901234567890 * 98765432109876543210)
print(int(str(7 ** 77)) == 7 ** 77, len(str(7 ** 77)))
