# int(), float(), bool() and str() constructors round-trip.
for v in [0, 7, -7, 10 ** 18]:
    print(int(str(v)) == v, float(str(float(v))) == float(v))
print(int(" 0012 "), float(" 1e-2 "), int(-0.9), int(True) + int(False))
print(int.__name__, float.__name__, bool.__name__, str.__name__)
