# Inside a generator, sys.exc_info(), a bare raise and __context__ see the exception its resumer is handling when the generator handles none of its own.
import sys
def gen():
    print("in gen", sys.exc_info()[0])
    yield 1
    try:
        raise KeyError("inner")
    except KeyError:
        print("gen handling", sys.exc_info()[0])
        yield 2
    print("after", sys.exc_info()[0])
    yield 3
    raise ValueError("from gen")
g = gen()
try:
    raise TypeError("outer")
except TypeError:
    print(next(g))
    print(next(g))
print("caller", sys.exc_info()[0])
try:
    raise IndexError("second")
except IndexError:
    print(next(g))
    try:
        next(g)
    except ValueError as e:
        print("context", type(e.__context__).__name__)
def reraiser():
    raise
    yield
try:
    raise OSError("x")
except OSError:
    try:
        next(reraiser())
    except OSError as e:
        print("reraised", e)
