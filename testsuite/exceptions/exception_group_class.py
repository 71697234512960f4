# BaseExceptionGroup and ExceptionGroup (PEP 654): construction and its errors, attributes,
# str/repr, derive, subclasses, and the class hierarchy.
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, BaseException), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(ExceptionGroup.__name__, ExceptionGroup.__module__, BaseExceptionGroup.__module__)

eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args)
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(repr(ExceptionGroup("one", (KeyError("k"),))))

# BaseExceptionGroup picks ExceptionGroup when every member is an Exception.
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()])).__name__)
print(repr(BaseExceptionGroup("b", [SystemExit(2)])))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])])
print(repr(nested), str(nested))

# Argument checks.
cases = [
    ("a",),
    ("a", [ValueError()], 3),
    (1, [ValueError()]),
    (None, [ValueError()]),
    ("a", ValueError()),
    ("a", []),
    ("a", ()),
    ("a", [ValueError(), 1]),
    ("a", {ValueError()}),
    ("a", "xy"),
    ("a", [ValueError]),
]
for args in cases:
    for cls in (BaseExceptionGroup, ExceptionGroup):
        try:
            r = cls(*args)
            print("made", repr(r))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
for cls in (BaseExceptionGroup, ExceptionGroup):
    try:
        cls("a", [ValueError()], x=1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("no", [ValueError(), KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

# Read-only attributes.
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print(name, type(e).__name__, e)

# derive builds a plain (Base)ExceptionGroup with the same message.
d = eg.derive([KeyError(3)])
print(type(d).__name__, repr(d))
print(type(eg.derive([KeyboardInterrupt()])).__name__)


# Subclasses.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


m = MyGroup("mine", [ValueError(1), TypeError(2)], code=7)
print(type(m).__name__, m.code, str(m), isinstance(m, ExceptionGroup))
match, rest = m.split(ValueError)
print(type(match).__name__, match.code, repr(match.exceptions))
print(type(rest).__name__, rest.code, repr(rest.exceptions))


class BaseOnly(BaseExceptionGroup):
    pass


print(repr(BaseOnly("b", [KeyboardInterrupt()])), repr(BaseOnly("e", [ValueError()])))
print(type(BaseOnly("e", [ValueError()]).derive([ValueError()])).__name__)


class Mixed(ValueError, BaseExceptionGroup):
    pass


try:
    Mixed("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Mixed("m", [ValueError()])), isinstance(Mixed("m", [ValueError()]), ValueError))

# Raising and catching a group with plain except.
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught", type(e).__name__, e.__traceback__ is not None)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught base", repr(e))
print(ExceptionGroup[int])
