# Fraction construction, normalisation, reprs, parsing and errors.
from fractions import Fraction as F

print(F(), F(3), F(6, -4), F(-0, 5), F(True), F(F(2, 3)))
print(repr(F(1, 3)), str(F(1, 3)), str(F(4, 2)))
print(F(0.5), F(0.1), F(-2.75), F(1e20))
print(F(F(1, 2), F(3, 4)), F(3, F(1, 2)), F(F(5, 7), 10))
for text in ['3/4', ' -12/8 ', '+7', '1.5', '-.25', '1.', '2e3', '1.5E-2', '1_000/3', ' 0.125\n', '-0']:
    print(repr(text), F(text))
for bad in ['', '1/', '/2', '1.5/2', '1 /2', 'abc', '1e', 'e5', '.', '1__0', '_1', '1/0x2', '--1', 'nan', 'inf']:
    try:
        print('accepted', repr(bad), F(bad))
    except ValueError as error:
        print('ValueError', error)
for args in [(1, 0), ('1/0',), (F(1, 2), F(0))]:
    try:
        print(F(*args))
    except ZeroDivisionError as error:
        print('ZeroDivisionError', error)
for args in [(1.5, 2), (1, 2.0), ([1],), (None,), (1j,)]:
    try:
        print(F(*args))
    except TypeError as error:
        print('TypeError', error)
for value in [float('nan'), float('inf')]:
    try:
        F(value)
    except (ValueError, OverflowError) as error:
        print(type(error).__name__, error)
x = F(-7, 3)
print(x.numerator, x.denominator, x.as_integer_ratio())
print(F.from_float(0.75), F.from_float(3), F(22, 7).limit_denominator(5))
import math
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(1, 3).limit_denominator(10))
print(F(3, 10).limit_denominator(2), F(-25, 10).limit_denominator(1), F(7, 9).limit_denominator(1000))
try:
    F(1, 2).limit_denominator(0)
except ValueError as error:
    print('ValueError', error)
try:
    F.from_float('1')
except TypeError as error:
    print('TypeError', error)


class Half(F):
    pass


h = Half(1, 2)
print(repr(h), type(h).__name__, isinstance(h, F), h + 1)
