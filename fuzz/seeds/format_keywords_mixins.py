# Seed: str.format templates (nested specs, accesses, conversions, bad fields), keyword
# arguments to built-ins (accepted, positional-only, unknown), built-in bases before mixins,
# unbound methods, dropped files.
class Mixin:
    def __hash__(self): return 1
    def __eq__(self, other): return False
class Number(int, Mixin): pass
n = Number(3)
print(hash(n), n == 3, "{0!r:>{1}}|{x[0].real}|{{}}".format(n, 6, x=[n]))
for template in ["{", "}", "{0[}", "{0.}", "{!}", "{0!z}", "{:{:{}}}", "{a[1]x}"]:
    try:
        template.format(1, 2, 3, a=[1, 2])
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: {}.get("a", default=1), lambda: pow(2, 3, modulo=5),
             lambda: pow(base=2, exp=3), lambda: [].pop(index=0),
             lambda: compile(source="1", filename="f", mode="eval"),
             lambda: type.mro(), lambda: int.from_bytes(bytes=b"\x01", byteorder="big")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
from enum import IntEnum, IntFlag
class Level(IntEnum):
    LOW = 1
class Bits(IntFlag):
    A = 1
    B = 2
print({Level.LOW: "x"}.get(1), repr(Bits(6)), repr(Bits(8)), abs(Number(-2)))
