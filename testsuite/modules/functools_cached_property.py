# functools.cached_property: computed once per instance, stored in the instance's __dict__,
# attrname from __set_name__, and the errors without __set_name__ or without a __dict__.
import functools


class Circle:
    calls = 0

    def __init__(self, radius):
        self.radius = radius

    @functools.cached_property
    def area(self):
        "The area, computed once."
        Circle.calls += 1
        return self.radius * self.radius * 3


c = Circle(2)
print(c.area, c.area, Circle.calls, sorted(c.__dict__))
c.radius = 3
print("still cached:", c.area, Circle.calls)
del c.area
print("recomputed:", c.area, Circle.calls)
c.area = 7
print("assigned:", c.area, Circle.calls)
print("other instance:", Circle(1).area, Circle.calls)

descriptor = Circle.area
print(type(descriptor).__name__, descriptor.attrname, descriptor.__doc__)
print(Circle.__dict__["area"] is descriptor, descriptor.func.__name__)


class Slotted:
    __slots__ = ("value",)

    @functools.cached_property
    def doubled(self):
        return 2


try:
    Slotted().doubled
except TypeError as e:
    print("TypeError:", e)

orphan = functools.cached_property(lambda self: 1)
print(orphan.attrname)


class Late:
    pass


Late.value = orphan
try:
    Late().value
except TypeError as e:
    print("TypeError:", e)

orphan.__set_name__(Late, "value")
print(orphan.attrname, Late().value)
orphan.__set_name__(Late, "value")
try:
    orphan.__set_name__(Late, "other")
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice:
        first = functools.cached_property(lambda self: 1)
        second = first
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)


class Base:
    @functools.cached_property
    def name(self):
        return type(self).__name__.lower()


class Derived(Base):
    pass


d = Derived()
print(d.name, d.__dict__, Base().name)


def undocumented(self):
    return 0


print(functools.cached_property(undocumented).__doc__)
