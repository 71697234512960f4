# float() from strings and numbers.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float(7), float(-(2 ** 70)), float(True), float(), float("0x10" if False else "16"))
print(float("INF"), float("-Infinity"), float("nan"))
for bad in ["", "abc", "1.2.3", "1e", "--1", "1_", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0]]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
