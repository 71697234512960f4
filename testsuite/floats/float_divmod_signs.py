# Float floor division and modulo follow the sign of the divisor, like ints.
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (-0.0, 3.0), (1e-300, 1e300), (5.0, 0.5)]:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
print(-1e-20 % 1.0, 1e-20 % -1.0, 3.0 % float("inf"), -3.0 % float("inf"))
