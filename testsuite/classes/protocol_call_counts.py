# Each protocol method is called as often, and in the order, CPython calls it: __iter__ once
# for join, bytes(), bytearray, list +=, slice assignment, dict pairs and f(*x); __len__
# after __iter__ in list() and tuple(), its errors kept. Also dict subclasses' fromkeys,
# lazily made __annotations__, bytes %r and %s, qualified exception names and the checks of
# object.__init__ and object.__new__.
calls = []


class Items:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        calls.append("iter")
        return iter(self.items)


def count(label, thunk):
    del calls[:]
    try:
        result = thunk()
    except Exception as error:
        result = "%s: %s" % (type(error).__name__, error)
    print(label, result, calls)


count("join", lambda: ",".join(Items(["a", "b"])))
count("bytes join", lambda: b"-".join(Items([b"a", b"b"])))
count("bytes", lambda: bytes(Items([65, 66])))
count("bytearray", lambda: bytearray(Items([67])))
count("extend", lambda: bytearray(b"x") + bytearray(Items([68])))


def iadd():
    items = [0]
    items += Items([1, 2])
    return items


count("+=", iadd)


def slice_assign():
    items = [0, 1, 2]
    items[1:2] = Items(["x", "y"])
    return items


count("slice", slice_assign)
count("dict", lambda: dict(Items([Items([1, 2])])))
count("call", lambda: (lambda *a: a)(*Items([1, 2])))
count("not iterable", lambda: ",".join(5))
count("slice not iterable", lambda: [].__setitem__(slice(0, 1), 5))
count("pair not iterable", lambda: dict([(1, 2), 5]))


class Sized(Items):
    def __len__(self):
        calls.append("len")
        raise ValueError("bad len")


class SizedTypeError(Items):
    def __len__(self):
        calls.append("len")
        raise TypeError("ignored")


count("list", lambda: list(Sized([1])))
count("tuple", lambda: tuple(Sized([1])))
count("list TypeError", lambda: list(SizedTypeError([1])))


class Loud(dict):
    def __setitem__(self, key, value):
        calls.append("set %r" % (key,))
        super().__setitem__(key, value)


count("fromkeys", lambda: (type(Loud.fromkeys("ab", 0)).__name__, Loud.fromkeys("ab", 0)))


class Base:
    x: int


class Derived(Base):
    pass


class Plain:
    pass


print(Base.__annotations__, Derived.__annotations__, Plain.__annotations__,
      "__annotations__" in Plain.__dict__)
Plain.__annotations__["y"] = str
print(Plain.__annotations__)


class AsBytes:
    def __bytes__(self):
        return b"made"


print(b"%r %a %s %b" % ("\xe9", "\xe9", AsBytes(), b"raw"))
try:
    b"%s" % object()
except TypeError as error:
    print("TypeError", error)


class Outer:
    class Inner(Exception):
        pass


def local_error():
    class Local(Exception):
        pass
    raise Local("in a function")


import traceback

for thunk in (lambda: Outer.Inner("nested"), local_error):
    try:
        error = thunk()
        raise error
    except Exception as caught:
        print(traceback.format_exception_only(type(caught), caught))


class WithInit:
    def __init__(self):
        super().__init__()


class PassesArguments:
    def __init__(self, x):
        super().__init__(x)


class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)


class Bare:
    pass


count("WithInit()", lambda: type(WithInit()).__name__)
count("PassesArguments(1)", lambda: PassesArguments(1))
count("WithNew(1)", lambda: type(WithNew(1)).__name__)
count("Bare(1)", lambda: Bare(1))
count("object.__new__(Bare, 1)", lambda: object.__new__(Bare, 1))
count("object.__new__(WithNew, 1)", lambda: object.__new__(WithNew, 1))
count("object.__init__(WithNew(1), 2)", lambda: object.__init__(WithNew(1), 2))
count("sizeof", lambda: object().__sizeof__() > 0 and [].__sizeof__() > 0)


class Child(Bare):
    def check(self):
        return super().__class__.__name__, super().__init__() is None


print(Child().check())
count("object.__init__()", lambda: object.__init__())
count("object.__new__()", lambda: object.__new__())
