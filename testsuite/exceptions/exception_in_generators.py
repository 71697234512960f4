# Exceptions crossing generator boundaries.
def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
g2 = guarded()
print(next(g2))
g2.close()
print("after close")
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
