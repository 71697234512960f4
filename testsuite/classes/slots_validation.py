# What class creation checks in a `__slots__` value: strings that are identifiers, none also
# a class variable, `__dict__` only where instances have none yet, and no slots at all on
# the built-in types whose instances CPython sizes per value (int, bytes, tuple, type).


def attempt(label, bases, slots, extra={}):
    try:
        type("X", bases, {"__slots__": slots, **extra})
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class I(int):
    pass


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


for base in (int, str, bytes, tuple, list, dict, float, Exception, type, I, Plain, Slotted):
    for slots in (("a",), (), ("__dict__",)):
        attempt(base.__name__, (base,), slots)
for slots in ((1,), "a b", ["x", "x"], "", "__weakref__", ("a", "é1"), ("a", b"b")):
    attempt(repr(slots), (), slots)
attempt("class variable", (), ("a",), {"a": 1})
attempt("other variable", (), "a", {"b": 1})
attempt("private", (), ("__a",), {"_X__a": 1})
attempt("dict twice", (), ("__dict__",), {"__dict__": 1})
try:

    class Y:
        __slots__ = ("a",)

        def a(self):
            pass

except ValueError as e:
    print("method", e)
