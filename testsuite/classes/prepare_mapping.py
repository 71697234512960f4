# A metaclass's __prepare__ may return a dict subclass or any mapping: the class body's names
# go through its __setitem__/__getitem__/__delitem__, and type.__new__ takes a dict
# (subclass) as the namespace.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwargs):
        return Recording()

    def __new__(metacls, name, bases, namespace, **kwargs):
        cls = super().__new__(metacls, name, bases, namespace)
        cls.order = namespace.order
        return cls


class Shape(metaclass=Ordered):
    width = 1
    height = 2

    def area(self):
        return self.width * self.height

    width = 3


print(Shape.order, Shape().area(), type(Shape.__dict__.get("order")).__name__)


class NoRedefine(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("%s defined twice" % key)
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return NoRedefine()


try:
    class Twice(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError", e)


class Defaults(dict):
    def __missing__(self, key):
        if not key.startswith("undefined"):
            raise KeyError(key)
        return key.upper()


class Loose(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return Defaults()

    def __new__(metacls, name, bases, namespace):
        return super().__new__(metacls, name, bases, dict(namespace))


class Names(metaclass=Loose):
    a = undefined_name
    b = len("abc")


print(Names.a, Names.b)


class Mapping:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]


class FromMapping(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return Mapping()

    def __new__(metacls, name, bases, namespace):
        return super().__new__(metacls, name, bases, namespace.data)


class Plain(metaclass=FromMapping):
    x = 5
    y = x + 1
    del x


print(Plain.y, hasattr(Plain, "x"))


class Rejected(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return Mapping()


try:
    class Bad(metaclass=Rejected):
        z = 1
except TypeError as e:
    print("TypeError", e)
