# Class creation and calling, as CPython's type.__new__ and type.__call__: the __init__ that
# runs is that of the class of what __new__ returned; a class without a docstring has
# __doc__ None (not its base's); an __eq__ set after the class was made keeps it hashable.


class Shape:
    def __new__(cls, sides=0):
        if cls is Shape and sides == 3:
            return object.__new__(Triangle)
        return object.__new__(cls)

    def __init__(self, sides=0):
        print("Shape.__init__", type(self).__name__, sides)


class Triangle(Shape):
    def __init__(self, sides=3):
        print("Triangle.__init__", sides)


print(type(Shape(3)).__name__, type(Shape(4)).__name__, type(Triangle()).__name__)


class Other:
    def __init__(self):
        print("Other.__init__ must not run")


class Factory:
    def __new__(cls):
        return Other.__new__(Other)

    def __init__(self):
        print("Factory.__init__ must not run")


print(type(Factory()).__name__)


class A:
    "A's docstring"


class B(A):
    pass


class E(ValueError):
    pass


print(A.__doc__, B.__doc__, B().__doc__, "__doc__" in vars(B), E.__doc__, type("T", (A,), {}).__doc__)


class C:
    pass


C.__eq__ = lambda self, other: self is other
c = C()
print(hash(c) == hash(c), c == c, {c: 1}[c])


class D:
    def __eq__(self, other):
        return True


print(D.__hash__, end=" ")
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
