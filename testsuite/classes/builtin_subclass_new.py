# super().__new__(cls, value) in subclasses of immutable built-in types makes the value from
# the arguments (float, complex, bytes, frozenset, int, str, tuple); mutable ones start empty
# and __init__ fills them. An Enum with a float mixin keeps its values.
class F(float):
    def __new__(cls, v):
        return super().__new__(cls, v)


class C(complex):
    def __new__(cls, *parts):
        return super().__new__(cls, *parts)


class B(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v)


class S(frozenset):
    def __new__(cls, v):
        return super().__new__(cls, v)


class I(int):
    def __new__(cls, v, base=10):
        return super().__new__(cls, v, base)


class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


class P(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)


class L(list):
    def __new__(cls, *items):
        made = super().__new__(cls, items)
        print("new gives", list(made))
        return made

    def __init__(self, *items):
        super().__init__(items)


f = F(2.5)
print(type(f).__name__, f, f + 1, F("1.5") * 2, float.__new__(F, 3.5))
c = C(1, 2)
print(type(c).__name__, c, c.real, C("3+4j") * 1)
b = B(b"ab")
print(type(b).__name__, b, b + b"c", B([65, 66]))
s = S([1, 2, 2])
print(type(s).__name__, sorted(s), len(s))
print(I("ff", 16) + 1, I("10"), T("abc") + "d", P(1, 2) + (3,), L(1, 2))
print(F.__new__(F, 7).__class__.__name__, float(F.__new__(F, 7)), I("5").real, I("5").denominator, F(1.5).imag)

from enum import Enum


class Level(float, Enum):
    LOW = 0.5
    HIGH = 2.25


print(float(Level.HIGH), Level.LOW * 2, Level.HIGH.value, Level.LOW < Level.HIGH)


class Size(bytes, Enum):
    SMALL = b"s"


print(Size.SMALL + b"!", Size.SMALL.value)
