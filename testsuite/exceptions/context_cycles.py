# __context__ when an exception is raised while another is handled: the handled one replaces a
# context set by hand, and re-raising an earlier exception cuts the cycle back to it.
try:
    try:
        raise ValueError(1)
    except ValueError as e1:
        try:
            raise TypeError(2)
        except TypeError:
            raise e1
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError:
        e = KeyError("k")
        e.__context__ = IndexError("i")
        raise e
except KeyError as k:
    print(repr(k.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as again:
    print(repr(again.__context__))
def chain(n):
    try:
        raise OSError(n)
    except OSError as err:
        if n:
            chain(n - 1)
        raise
try:
    chain(3)
except OSError as top:
    seen = []
    c = top
    while c is not None and len(seen) < 10:
        seen.append(c.args[0])
        c = c.__context__
    print(seen)
