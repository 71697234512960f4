# ValueError messages from conversions and methods.
cases = [lambda: int("abc"), lambda: int("12", 2), lambda: float("x"), lambda: [].index(1), lambda: "a".index("b"),
         lambda: [1].remove(2), lambda: range(0, 1, 0), lambda: "abc".split(""), lambda: chr(-5),
         lambda: (1, 2).index(3), lambda: bytes([300]), lambda: int("1" * 5, 1)]
for case in cases:
    try:
        case()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(type(e).__name__, e)
