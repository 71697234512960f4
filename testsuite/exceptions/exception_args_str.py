# args, str() and repr() of exceptions with 0, 1 and many arguments.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("key"),
          KeyError(), KeyError(1, 2), IndexError(3), OSError(2, "No such file")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed",)
print(e)
e.extra = 5
print(e.extra)
print(str(StopIteration(7)), StopIteration(7).value)
print(SystemExit(3).code, SystemExit().code)
