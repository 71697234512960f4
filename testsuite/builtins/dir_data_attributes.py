# dir() lists the data attributes of numbers, ranges and slices, the names a class's
# __slots__ declares (mangled when private), and no __dict__ for a plain object().
def public(v):
    return [n for n in dir(v) if not n.startswith("__")]


class Slotted:
    __slots__ = ("a", "__private")


class Derived(Slotted):
    __slots__ = "c"


class MyInt(int):
    pass


for value in (1, True, 1.5, 2j, range(3), slice(1, 2), MyInt(3), Slotted(), Derived(), Derived):
    print(type(value).__name__, public(value))
print("__dict__" in dir(object()), "__dict__" in dir(Slotted()), "__dict__" in dir(MyInt(1)))
