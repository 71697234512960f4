# Floor division and modulo signs, with ints and big ints.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (10 ** 20, 7), (-(10 ** 20), 7), (10 ** 20, -(10 ** 11))]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 10 ** 30 // 0, lambda: 1 / 0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, 1 / 3)
