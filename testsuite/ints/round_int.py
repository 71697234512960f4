# round() on ints with negative ndigits (banker's rounding to even).
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1255, -1), round(15, -1), round(25, -1))
print(round(123456, -3), round(5, 0), round(5), round(-5, -1), round(2 ** 70, -20))
print(type(round(7)).__name__, type(round(7, 1)).__name__, type(round(7.5)).__name__)
