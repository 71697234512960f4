# functools.singledispatch: register by class or by annotation, dispatch on the first
# argument's class along its MRO, dispatch(), registry; singledispatchmethod.
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(arg, verbose=False):
    "Describe an object."
    return ("object", arg)


@describe.register
def _(arg: int, verbose=False):
    return ("int", arg, verbose)


@describe.register(list)
def _describe_list(arg, verbose=False):
    return ("list", len(arg))


def describe_none(arg, verbose=False):
    return ("none",)


print(describe.register(type(None), describe_none) is describe_none)


@describe.register(float)
@describe.register(complex)
def _(arg, verbose=False):
    return ("number", arg)


print(describe("x"), describe(1), describe(1, verbose=True), describe(True))
print(describe([1, 2]), describe(None), describe(1.5), describe(2j))


class MyList(list):
    pass


print(describe(MyList([1, 2, 3])), describe({}))
print(describe.dispatch(MyList) is _describe_list, describe.dispatch(dict) is describe.registry[object])
print(describe.dispatch(bool)(5))
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)

try:
    describe.registry[str] = describe_none
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(1, describe_none)
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(2)
except TypeError as e:
    print("TypeError:", str(e).startswith("Invalid first argument to `register()`: 2. Use either"))
try:
    @describe.register
    def _(arg: 3):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D(C):
    pass


@singledispatch
def which(obj):
    return "object"


which.register(A, lambda obj: "A")
which.register(C, lambda obj: "C")
print(which(A()), which(B()), which(C()), which(D()), which(0))
which.register(B, lambda obj: "B")
print(which(A()), which(B()), which(C()), which(D()))


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a " + type(arg).__name__)

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return (cls.__name__, "other")

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return (cls.__name__, "str")


n = Negator()
print(n.neg(3), n.neg(True), Negator.kind("a"), Negator.kind(1), n.kind("b"))
try:
    n.neg("text")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Negator.neg.__name__)
