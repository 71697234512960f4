# Enum class bodies: auto() values are known as they are assigned (AB = A | B), a member named
# twice is a TypeError, auto() after values it cannot increment counts from the last one it
# can; a flag's multi-bit and zero members are aliases that iteration skips; the functional
# API takes a dict; a missing member's AttributeError names it.
from enum import Enum, Flag, IntFlag, auto


def t(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    RW = R | W
    X = 8


t(lambda: (list(Perm), len(Perm), list(Perm.RW), list(reversed(Perm)), list(Perm.NONE)))
t(lambda: (Perm(3), Perm(11), Perm(0), Perm.RW.value, list(Perm.__members__)))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
    ALL = 7


t(lambda: (list(Mode), list(Mode.ALL), Mode(6), Mode.READ | 8))


def twice():
    class Color(Enum):
        RED = 1
        RED = 2
    return Color


t(twice)


def method_then_member():
    class Color(Enum):
        RED = 1

        def RED(self):
            return 0
    return Color


t(method_then_member)


class Mixed(Enum):
    A = "x"
    B = 2
    C = auto()
    D = "y"
    E = auto()


t(lambda: [m.value for m in Mixed])
t(lambda: Enum("Letters", {"a": "x", "b": "y"}).b)
t(lambda: [m.name for m in Enum("Pairs", [("one", 1), ("two", 2)])])


class Color(Enum):
    RED = 1


t(lambda: Color.BLUE)
t(lambda: Color["BLUE"])
t(lambda: Color.RED.name)
