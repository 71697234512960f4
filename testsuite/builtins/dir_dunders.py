# dir() answers through a class's __dir__, and lists the dunders an object has: every name it
# gives can be looked up, __class__/__doc__ everywhere, and built-in types' operators.
class Listed:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Listed()))

class Numbered:
    def __dir__(self):
        return (3, 1, 2)
print(dir(Numbered()))

class Meta(type):
    def __dir__(cls):
        return ["from_meta"]
class WithMeta(metaclass=Meta):
    pass
print(dir(WithMeta))

class Plain:
    def __init__(self):
        self.x = 1
p = Plain()
for name in ["__class__", "__doc__", "__dict__", "__module__", "__init__", "x"]:
    print(name, name in dir(p), hasattr(p, name))
print(p.__doc__, Plain.__doc__)

class Slotted:
    __slots__ = ("a",)
print("__dict__" in dir(Slotted()), hasattr(Slotted(), "__dict__"))

class Documented:
    "Says what it is."
print(Documented().__doc__)

checks = {
    1: ["__add__", "__lt__", "__neg__", "__bool__", "__hash__", "__invert__"],
    1.5: ["__add__", "__floordiv__", "__round__", "__trunc__"],
    "s": ["__len__", "__getitem__", "__contains__", "__iter__", "__mod__", "__add__"],
    (1,): ["__len__", "__getitem__", "__hash__", "__iter__"],
    (): ["__mul__", "__rmul__"],
    b"b": ["__len__", "__getitem__", "__mod__"],
}
for value, names in checks.items():
    listed = dir(value)
    print(type(value).__name__, [name in listed and hasattr(value, name) for name in names])
for value in [[1], {1: 2}, {1}, range(3), bytearray(b"x"), iter([1]), {}.keys()]:
    listed = dir(value)
    wanted = ["__len__", "__iter__", "__contains__", "__class__", "__doc__"]
    present = [n for n in wanted if n in listed]
    print(type(value).__name__, present, all(hasattr(value, n) for n in listed))
print([n in dir(int) for n in ["__add__", "__class__", "__doc__", "bit_length"]])
print([n in dir(list) for n in ["__len__", "__setitem__", "append"]])

class MyList(list):
    pass
print([n in dir(MyList()) for n in ["__len__", "__iter__", "append", "__dict__"]])
print(all(hasattr(MyList(), n) for n in dir(MyList())))
