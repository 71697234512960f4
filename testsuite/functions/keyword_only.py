# Keyword-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="+"))
def h(*, only):
    return only
print(h(only="yes"))
try:
    h("no")
except TypeError as e:
    print(type(e).__name__, e)
