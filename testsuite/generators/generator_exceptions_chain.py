# Exceptions thrown into a delegating generator reach the innermost one and come back out.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"inner handled {e}"
    return "inner finished"
def middle():
    result = yield from inner()
    yield f"middle saw {result}"
def outer():
    yield from middle()
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g, "end"))
h = outer()
next(h)
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
