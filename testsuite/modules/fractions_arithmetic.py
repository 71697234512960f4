# Fraction arithmetic with ints, floats, complexes and Fractions; comparisons; hashing;
# rounding and conversions.
from fractions import Fraction as F
import math

a, b = F(3, 4), F(-5, 6)
for x, y in [(a, b), (a, 2), (3, a), (a, 0.5), (0.25, a), (a, 1j), (True, a)]:
    print(x + y, x - y, x * y, x / y)
for x, y in [(a, b), (F(7, 2), 2), (7, F(3, 2)), (F(7, 2), 1.5), (-7.5, F(2))]:
    print(x // y, x % y, divmod(x, y))
print(a ** 2, a ** -2, F(-2, 3) ** -3, F(-2, 3) ** 3, F(4, 9) ** F(1, 2), a ** 0.5, 2 ** F(1, 2))
print(2 ** F(3), 2 ** F(-2), 2.0 ** F(3), F(0) ** 0)
try:
    F(0) ** -1
except ZeroDivisionError as error:
    print('ZeroDivisionError', error)
for bad in [lambda: a // 1j, lambda: a % 1j, lambda: a + 'x', lambda: 'x' * a, lambda: a < 1j]:
    try:
        print(bad())
    except TypeError as error:
        print('TypeError', error)
try:
    a / 0
except ZeroDivisionError as error:
    print('ZeroDivisionError', error)
print(-a, +a, abs(b), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), complex(a), bool(F(0)), bool(a))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(8, 3)), type(round(F(8, 3))).__name__)
print(round(F(22, 7), 2), round(F(12345, 1), -2), round(F(-1, 3), 3))
print(a == F(6, 8), a == 0.75, a == 0.7500001, F(2) == 2, F(2, 1) == 2.0, a == 0.75 + 0j, F(1, 3) == 1 / 3)
print(a < b, a > b, a <= 0.75, a >= 1, F(1, 3) < 0.3333333333333333, 1 < F(3, 2))
print(a < float('inf'), a > float('-inf'), a < float('nan'), a >= float('nan'), a != float('nan'))
print(sorted([F(1, 2), 0.3, 1, F(-1, 4), -1.5]))
for value in [F(1, 2), F(2), F(-3, 4), F(1, 3), F(10 ** 20, 3), F(-1), F(1, 2 ** 61 - 1), F(2 ** 61 - 1, 3)]:
    print(value, hash(value))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), len({F(1, 2), 0.5, F(2, 4)}))
print(sum([F(1, 3)] * 3), sum([F(1, 10)] * 10) == 1, max(F(1, 3), F(1, 4)), min(0.3, F(1, 3)))
print(math.isclose(float(F(1, 3)), 1 / 3), f'{float(F(2, 3)):.5f}', '%s' % F(2, 3))
