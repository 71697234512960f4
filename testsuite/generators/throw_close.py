# throw() raises inside the generator; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def fresh():
    yield 1
f = fresh()
f.close()
print(list(f))
