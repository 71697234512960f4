# TypeError messages from calling, subscripting and iterating the wrong things.
x = 5
n = None
s = "str"
cases = [lambda: x(), lambda: n(), lambda: s(), lambda: x[0], lambda: n[0], lambda: iter(x), lambda: list(n),
         lambda: len(x), lambda: x.__setitem__, lambda: {}[[]], lambda: set([[1]]), lambda: hash({}),
         lambda: "s".join(1), lambda: sorted(x), lambda: abs(n), lambda: int([])]
for case in cases:
    try:
        case()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t = (1, 2)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    for a, b in [1, 2]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
