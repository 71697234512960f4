# enum: Enum members, lookups, aliases, auto, unique, the functional API, errors.
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED.describe())
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.default())
print(Color.RED in Color, type(Color.RED) is Color, isinstance(Color.RED, Color))
print(repr(Color), Color.__name__, bool(Color))
print(f"{Color.RED}", format(Color.GREEN, ">12"), str(Color.BLUE))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(hash(Color.RED) == hash(Color.RED), sorted(Color, key=lambda c: c.value)[-1])

for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.GREEN):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print([(m.name, m.value) for m in Ordinal])


class Number(IntEnum):
    ONE = 1
    TWO = 2


print(Number.ONE + 1, Number.TWO * 3, Number.ONE < Number.TWO, Number.TWO == 2)
print(repr(Number.ONE), str(Number.TWO), f"{Number.TWO:03d}", int(Number.TWO))
print(sorted([Number.TWO, Number.ONE]), Number(2) is Number.TWO, isinstance(Number.ONE, int))
print(list(range(Number.TWO)), [10, 20, 30][Number.ONE])


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity)
print(Planet((3.303e23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1

    @classmethod
    def _missing_(cls, value):
        if value == "square":
            return cls.SQUARE
        return None


print(Shape("square"), Shape(1))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError", e)

try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError", e)


class Base(Enum):
    def hello(self):
        return "hello from " + self.name


class Derived(Base):
    A = "a"


print(Derived.A.hello(), Derived("a"))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Pet = Enum("Pet", [("DOG", 10), ("FISH", 20)])
print(Pet.FISH, Pet(10), len(Pet))
Weekday = IntEnum("Weekday", "MON TUE")
print(Weekday.TUE + 0, repr(Weekday.MON))
