# Big Fibonacci and factorial values, checked by identities.
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 1000000007)
f = 1
for i in range(2, 101):
    f *= i
print(f)
print(str(f).count("0"), f // 10 ** 150, f % (10 ** 10 + 19))
