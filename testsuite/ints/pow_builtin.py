# pow with two and three arguments, including modular inverse.
print(pow(2, 10), pow(-2, 3), pow(2, -1), pow(0, 0), pow(10, 30))
print(pow(3, 200, 1000), pow(2, 10 ** 9, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(2 ** 0.5 == pow(2, 0.5), (-8) ** 2, 0 ** 5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
