# enum: Flag and IntFlag combinations, StrEnum.
from enum import Flag, IntFlag, StrEnum, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name)
print(Perm.W in rw, Perm.X in rw, bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(list(rw), len(rw), list(Perm.R | Perm.X), len(Perm))
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(Perm(7)))
print(Perm(6) is rw, repr(Perm), f"{rw}")


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([(c.name, c.value) for c in Color], repr(Color.RED | Color.BLUE))


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


both = Mode.READ | Mode.WRITE
print(repr(both), str(both), both + 1, both == 3, format(Mode.EXEC, "04b"))
print(repr(Mode.READ | 8), repr(~Mode.READ), Mode.WRITE in both, isinstance(both, int))
print(list(Mode), repr(Mode(0)), Mode.READ & 1)


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = "s"


print(repr(Direction.NORTH), str(Direction.NORTH), Direction.SOUTH + "!", f"{Direction.SOUTH}")
print(Direction("north") is Direction.NORTH, Direction.NORTH.upper(), isinstance(Direction.SOUTH, str))
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError", e)
