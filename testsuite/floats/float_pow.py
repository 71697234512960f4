# Float powers with exactly representable results, and the error cases.
print(2.0 ** 0, 2.0 ** 1, 2.0 ** 52, 2.0 ** -3, 0.5 ** 2, (-2.0) ** 3, (-2.0) ** 2, 9.0 ** 0.5, 4 ** 0.5)
print(0.0 ** 0, 0.0 ** 2, 1.0 ** float("inf"), float("inf") ** 0, (-1.0) ** 2.0)
try:
    0.0 ** -2
except ZeroDivisionError as e:
    print(type(e).__name__, e)
