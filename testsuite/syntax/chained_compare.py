# Chained comparisons evaluate each operand at most once.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
print(1 == 1.0 == True, 1 < 2 > 0, 1 != 2 != 1)
print("a" < "b" <= "b" < "c")
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1] in [[1]], None is None is not x)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
