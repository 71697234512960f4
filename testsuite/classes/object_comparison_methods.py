# object's comparison methods: __eq__ is identity, __ne__ inverts what type(self).__eq__
# says (NotImplemented stays NotImplemented), and __lt__/__le__/__gt__/__ge__ exist and give
# NotImplemented, so super() reaches them and the operator raises its TypeError.
import functools


class A:
    def __eq__(self, other):
        return super().__eq__(other)

    def __lt__(self, other):
        return super().__lt__(other)


a = A()
print(a == a, a == 1, a != a, a != 1)
print(a.__eq__(a), a.__eq__(1), a.__ne__(a), a.__ne__(2))
print(object.__eq__(a, a), object.__ne__(a, 1), object.__ne__(a, a))
for op in ("__lt__", "__le__", "__gt__", "__ge__"):
    print(op, getattr(object, op)(a, a), getattr(a, op)(1), hasattr(A, op), op in dir(object))
try:
    print(a < a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(object() >= object())
except TypeError as e:
    print("TypeError:", e)


class Value:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Value) and self.v == other.v

    __hash__ = object.__hash__


x, y = Value(1), Value(1)
print(x.__ne__(y), x.__ne__(Value(2)), x.__ne__("other"), x != y)


# A class that only answers for its own kind leaves the other operand its turn.
class Picky:
    def __eq__(self, other):
        if not isinstance(other, Picky):
            return NotImplemented
        return True


print(Picky().__ne__(3), Picky().__ne__(Picky()), Picky() != 3)


def f():
    pass


print(f.__eq__(f), f.__ne__(f), f.__eq__(1), f.__ne__(1), len.__eq__(len), type.__eq__(int, int))
print(object.__eq__(A, A), object.__ne__(A, int))


@functools.total_ordering
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(P(1) <= P(2), P(3) >= P(2), P(1) > P(2))
try:
    functools.total_ordering(A.__base__)
except ValueError as e:
    print("ValueError:", e)
print((1).__lt__(2), "a".__ge__("b"), [1].__lt__([2]), (1).__lt__("x"))


# A built-in type's operators count as its own: a subclass's one method derives nothing.
@functools.total_ordering
class Name(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(Name("bb") < Name("a"), Name("bb") > Name("a"), Name("bb") <= Name("a"))
