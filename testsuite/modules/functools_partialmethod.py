# functools.partialmethod: methods with arguments bound ahead, for functions, class methods,
# static methods and other callables.
import functools
from functools import partialmethod


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=""):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)

    @staticmethod
    def pair(a, b):
        return (a, b)

    pair_s = partialmethod(pair, "s")

    show = partialmethod(functools.partial(lambda self, a, b: (type(self).__name__, a, b), b=2))


c = Cell()
print(repr(c.set_alive()), c.alive)
print(repr(c.set_dead()), c.alive)
print(repr(c.set_dead(note="gone")), c.alive)
print(Cell.set_alive(c, "via the class"), c.alive)
print(c.make_one(2), Cell.make_one(3))
print(c.pair_s(4), Cell.pair_s(5))
print(c.show(1))

bound = c.set_alive
print(type(bound).__name__, bound.__self__ is c, bound.args, bound.keywords)

method = Cell.__dict__["set_dead"]
print(method.func is Cell.__dict__["set_state"], method.args, method.keywords)
flat = partialmethod(method, note="flattened")
print(flat.func is method.func, flat.args, flat.keywords)
print(repr(partialmethod(len, 1, a=2)))
print(repr(partialmethod(len)))
print(method.__isabstractmethod__)

try:
    partialmethod(1)
except TypeError as e:
    print("TypeError:", e)


class Sub(Cell):
    pass


s = Sub()
print(s.make_one(9), s.set_dead(), s.alive)
