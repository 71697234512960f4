# Metaclass protocol: __prepare__, __new__/__init__ kwargs, __call__, class-level dunders.
class Registry(type):
    classes = []

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        ns = super().__prepare__(name, bases)
        ns['prepared_by'] = mcls.__name__
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        Registry.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.initialised = True

    def __repr__(cls):
        return f"<registered {cls.__name__}>"

    def __len__(cls):
        return len(cls.options)

    def __iter__(cls):
        return iter(sorted(cls.options))

    def __getitem__(cls, key):
        return cls.options[key]

    def __contains__(cls, key):
        return key in cls.options

    def describe(cls):
        return f"{cls.__name__} with {sorted(cls.options.items())}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Plugin(metaclass=Registry, color="red", size=3):
    pass


class Sub(Plugin, size=4):
    pass


print(Registry.classes)
print(Plugin.prepared_by, Plugin.initialised, Plugin.options)
print(repr(Plugin), str(Sub), len(Plugin), list(Plugin), Plugin["color"])
print("color" in Plugin, "shape" in Plugin, bool(Plugin))
print(Plugin.describe(), Sub.describe())
print(Plugin.upper_name, Sub.upper_name)
print(type(Plugin) is Registry, type(Sub).__name__, isinstance(Sub, Registry))
print(isinstance(Plugin, type), issubclass(Registry, type), Registry.__mro__)
print(hasattr(Plugin(), "describe"), hasattr(Plugin, "describe"))
try:
    Plugin().describe
except AttributeError as e:
    print("AttributeError", e)


# __call__ on the metaclass: a singleton.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "instance" not in cls.__dict__:
            cls.instance = super().__call__(*args, **kwargs)
        return cls.instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


# type(name, bases, ns) picks the most derived metaclass of the bases.
Dyn = type("Dyn", (Plugin,), {"extra": 1})
print(type(Dyn).__name__, Dyn.extra, Registry.classes[-1])
Made = Registry("Made", (), {"x": 5}, flavour="mint")
print(Made.x, Made.options, type(Made) is Registry)


# Conflicts and errors.
class OtherMeta(type):
    pass


class Other(metaclass=OtherMeta):
    pass


try:
    class Both(Plugin, Other):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError", e)

try:
    Registry("X")
except TypeError as e:
    print("TypeError", e)


# A metaclass that is a plain function.
def tagger(name, bases, ns):
    ns["tag"] = name.lower()
    return type(name, bases, ns)


class Tagged(metaclass=tagger):
    pass


print(Tagged.tag, type(Tagged) is type)


# __instancecheck__ and __subclasscheck__ belong to the metaclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(3, Duck), issubclass(Robot, Duck), issubclass(int, Duck))


# __setattr__ on the metaclass guards class attributes.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            raise AttributeError(f"{cls.__name__} is frozen: {name}")


class Constants(metaclass=Frozen):
    PI = 3


try:
    Constants.PI = 4
except AttributeError as e:
    print("AttributeError", e)
Constants._cache = 1
print(Constants.PI, Constants._cache)


# super() inside a classmethod still sees the class as a class.
class Base:
    @classmethod
    def make(cls):
        return cls.__name__


class Derived(Base):
    @classmethod
    def make(cls):
        return "derived:" + super().make()


print(Derived.make())


# __init_subclass__ still runs with the remaining keywords.
class Hooked(metaclass=Registry):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, sorted(kwargs))


class Child(Hooked, level=2):
    pass


print(Child.options)
