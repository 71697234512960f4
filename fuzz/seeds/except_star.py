# except* and exception groups: splitting, re-raising, nesting, handlers that raise.
def f(n):
    if n == 0:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3)])])
    raise OSError(n)
for n in (0, 1):
    try:
        try:
            f(n)
        except* ValueError as e:
            print(repr(e))
        except* (KeyError, OSError) as e:
            print(e.exceptions)
            raise RuntimeError("from handler")
        else:
            print("else")
        finally:
            print("finally")
    except BaseException as e:
        print(type(e).__name__, e)
g = BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()])
print(g.split(ValueError), g.subgroup(lambda e: isinstance(e, KeyboardInterrupt)), g.derive([g]))
