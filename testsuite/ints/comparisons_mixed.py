# Comparing ints with ints, big ints, floats and bools.
print(1 == 1.0, 1 == True, 0 == False, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 30 < 10 ** 31, -(10 ** 30) < 5, 10 ** 30 > 1e29, 10 ** 400 > 1e308)
print(3 < 3.5 < 4, -1 < -0.5, 1 != 1.0000001)
print(max(3, 2.5, 10 ** 20), min(-(10 ** 20), -1e30))
print(sorted([3, 1.5, True, 10 ** 20, -(2 ** 70), 0.0]))
print(10 ** 400 == float("inf"), 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(5 == "5", 5 != "5")
try:
    5 < "5"
except TypeError as e:
    print(type(e).__name__, e)
print(float("nan") == 1, float("nan") != 1, 1 < float("nan"))
