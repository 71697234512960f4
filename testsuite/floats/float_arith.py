# Float arithmetic results that IEEE-754 fixes exactly.
print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(2.0 ** 10, 2.0 ** -1, 4.0 ** 0.5, (-8.0) ** 2, 10.0 ** 300 * 10.0, -1e308 * 10)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(1e308 + 1e308, -(1e308 + 1e308), 1.0 / 3.0 * 3.0)
print(3 * 0.1, 0.1 + 0.7, 1.15 * 100, 9.95 * 10)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)  # the message comes from the platform's libm
print(abs(-2.5), -0.0 + 0.0, 0.0 * -1, abs(-0.0))
