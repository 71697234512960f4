# throw() with a class, an instance, and StopIteration conversion.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("inst"))
it.throw(TypeError("t"))
def stop():
    yield 1
    raise StopIteration("x")
try:
    list(stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
