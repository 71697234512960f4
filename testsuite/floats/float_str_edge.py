# str/repr switch to exponent notation at 1e16 and below 1e-4.
for e in range(-7, 0):
    print(10.0 ** e, 1.5 * 10.0 ** e)
for e in range(14, 19):
    print(10.0 ** e, 1.5 * 10.0 ** e, 10.0 ** e + 1)
print(1e16 - 2, 9999999999999998.0, 0.0001, 0.00009999)
print(1.0, -1.0, 10.0, 100.5, 1e-10, 12345678901234567890.0)
