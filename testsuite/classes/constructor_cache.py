# A class call finds __new__ and __init__ again after every change to the class, its bases or
# any other class, however many classes are instantiated in turn.
class Base:
    def __init__(self, value):
        self.value = ("base", value)


class Child(Base):
    pass


def make(cls, value):
    return cls(value).value


print(make(Child, 1), make(Child, 2))


# A base's __init__ replaced after instances were made.
def new_base_init(self, value):
    self.value = ("new base", value)


Base.__init__ = new_base_init
print(make(Child, 3))

# The child gets its own __init__, then loses it again.
Child.__init__ = lambda self, value: setattr(self, "value", ("child", value))
print(make(Child, 4), make(Base, 5))
del Child.__init__
print(make(Child, 6))


# A __new__ added later.
def custom_new(cls, value):
    instance = object.__new__(cls)
    instance.seen_by_new = value
    return instance


Child.__new__ = custom_new
child = Child(7)
print(child.seen_by_new, child.value)
print(Child(8).seen_by_new, make(Base, 8))


# A __new__ that changes the class's __init__ before it runs: the new one is called.
class Changing:
    def __new__(cls, value):
        cls.__init__ = lambda self, value: setattr(self, "value", ("set by new", value))
        return object.__new__(cls)

    def __init__(self, value):
        self.value = ("original", value)


print(make(Changing, 9))


# Many classes in turn (more than the cache has places for), each with its own __init__.
def init_for(index):
    def __init__(self, value):
        self.value = (index, value)

    return __init__


classes = [type("C%d" % index, (), {"__init__": init_for(index)}) for index in range(9)]
for round in range(2):
    print([make(cls, round) for cls in classes])


# An __init__ added to a class that had none.
class Plain:
    pass


print(type(Plain()).__name__)
Plain.__init__ = lambda self: setattr(self, "value", "late init")
print(Plain().value)
