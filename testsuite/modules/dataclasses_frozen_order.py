# dataclasses: frozen instances, __hash__ rules, order=, unsafe_hash=, slots=, inheritance
# between frozen and non-frozen dataclasses.
from dataclasses import dataclass, field, fields, FrozenInstanceError, replace, asdict


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass(frozen=True)
class FP:
    x: int
    y: int = 0
    tags: tuple = ()


fp = FP(1, 2)
print(fp, hash(fp) == hash(FP(1, 2)), fp.__hash__() == hash((1, 2, ())), fp == FP(1, 2))
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__[1].__name__)


def assign():
    fp.x = 5


def assign_new():
    fp.z = 5


def delete():
    del fp.y


for fn in (assign, assign_new, delete):
    show(fn)
try:
    fp.x = 3
except AttributeError as e:
    print("caught as AttributeError:", type(e).__name__, e)
print(fp, replace(fp, x=9), {fp: 1}[FP(1, 2)], len({fp, FP(1, 2), FP(2)}))
print("__setattr__" in FP.__dict__, "__delattr__" in FP.__dict__, FP.__setattr__.__qualname__)


@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)


print(FrozenPost(4))


class PlainSub(FP):
    pass


ps = PlainSub(1)
ps.extra = 1
print(ps.extra, ps)
show(lambda: setattr(ps, "x", 2))

del FrozenPost, PlainSub, ps, assign, assign_new, delete

# __hash__ rules
@dataclass
class Unhashable:
    x: int


@dataclass(eq=False)
class IdentityHash:
    x: int


@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: int = field(hash=False)
    z: int = field(compare=False, default=0)
    w: int = field(compare=False, hash=True, default=0)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int


@dataclass
class ExplicitHash:
    x: int

    def __hash__(self):
        return 42


@dataclass(frozen=True)
class FrozenExplicitHash:
    x: int

    def __hash__(self):
        return 7


print(Unhashable.__hash__, "__hash__" in IdentityHash.__dict__, hash(IdentityHash(1)) != 0)
show(lambda: hash(Unhashable(1)))
print(UH(1, 2, 3, 4).__hash__() == hash((1, 4)), UH(1, 2) == UH(1, 3), UH(1, 2, 3) == UH(1, 2, 4))
print("__hash__" in FrozenNoEq.__dict__, hash(ExplicitHash(1)), hash(FrozenExplicitHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class EqNoHash:
    x: int

    def __eq__(self, other):
        return True


print(EqNoHash.__hash__, EqNoHash(1) == 2)

del Unhashable, IdentityHash, UH, FrozenNoEq, ExplicitHash, FrozenExplicitHash, EqNoHash

# order=
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "b"), Version(1, 0, "a")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(1) <= Version(1, 0, "x"), Version(2) > Version(1, 9))
print(Version(1) >= Version(1), Version(1, 0, "a") == Version(1, 0, "b"), max(vs))
print(Version.__lt__(Version(1), 5), Version.__ge__(Version(1), (1, 0)))
show(lambda: Version(1) < (1, 0))
show(lambda: Version(1) >= 3)


@dataclass(order=True)
class Other:
    major: int


show(lambda: Version(1) < Other(2))
print(Version(1) == Other(1))


@dataclass(order=True, frozen=True)
class Key:
    k: str


print(sorted({Key("b"): 1, Key("a"): 2}), Key("a") < Key("b"))


# Subclass instances do not compare with base instances
@dataclass(order=True)
class Sub(Version):
    pass


print(Sub(1) == Version(1), Sub(1) == Sub(1))
show(lambda: Sub(1) < Version(2))

del Version, vs, Other, Key, Sub

# slots=
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5
    z: list = field(default_factory=list)
    hidden: int = field(default=3, init=False)


s = Slotted(1)
print(s, Slotted.__slots__, "__dict__" in Slotted.__dict__)
print(s.hidden, Slotted.__qualname__, Slotted.__init__.__qualname__, [f.name for f in fields(s)])
show(lambda: setattr(s, "w", 1))
s.x = 10
print(s, s == Slotted(10), asdict(s))


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    x: int


fs = FrozenSlotted(1)
print(fs, hash(fs) == hash((1,)), FrozenSlotted.__slots__)
show(lambda: setattr(fs, "x", 2))


@dataclass(slots=True)
class SlottedChild(Slotted):
    w: int = 0


print(SlottedChild(1, w=2), SlottedChild.__slots__)

try:
    @dataclass(slots=True)
    class HasSlots:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(weakref_slot=True)
    class WeakNoSlots:
        x: int
except TypeError as e:
    print(type(e).__name__, e)

del Slotted, s, FrozenSlotted, fs, SlottedChild

# frozen and non-frozen inheritance
@dataclass
class Mutable:
    a: int = 0


try:
    @dataclass(frozen=True)
    class F1(Mutable):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class M1(FP):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class F2(FP):
    q: int = 1


print(F2(1), F2(1, 2, (), 3) == F2(1, 2, (), 3), F2(1).__hash__() == hash((1, 0, (), 1)))
