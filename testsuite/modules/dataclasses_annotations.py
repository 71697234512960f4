# dataclasses: the annotation forms a dataclass recognises (ClassVar, InitVar, KW_ONLY, bare or
# subscripted, as objects or strings), nested and local classes, Field's repr, unusual field
# names, slots with weakref_slot, make_dataclass, named tuples in asdict, and __all__.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
import dataclasses
print(sorted(dataclasses.__all__))
import typing
from typing import ClassVar


class Outer:
    @dataclass
    class Inner:
        x: int = 1


def make_local():
    @dataclass
    class Local:
        x: int = 1
    return Local()


print(Outer.Inner(), Outer.Inner.__init__.__qualname__, make_local())


@dataclass
class S:
    a: "InitVar[int]" = 1
    b: "ClassVar[int]" = 2
    c: "dataclasses.InitVar[int]" = 3
    d: typing.ClassVar = 4
    e: ClassVar = 5
    g: InitVar = 6
    i: " typing.ClassVar[str] " = "s"
    j: "ClassVariable" = 0
    _: "KW_ONLY"
    h: int = 7

    def __post_init__(self, a, c, g):
        print("post", a, c, g)


print(S(), S(10, 30, 60, h=70), [x.name for x in fields(S)], S.__match_args__)
print(list(S.__dataclass_fields__), S.b, S.d, S.e, S.i)


@dataclass
class T:
    x: int
    y: dataclasses.KW_ONLY
    z: int = 0


print(T(1, z=2), T.__match_args__, [f.kw_only for f in fields(T)])
print(repr(fields(S)[1]).replace(repr(MISSING), "MISSING"))
print(repr(field(default=1)).replace(repr(MISSING), "MISSING"))
print(repr(field(default_factory=list, metadata={"k": 1}, hash=False, kw_only=True)
           ).replace(repr(MISSING), "MISSING"))

del Outer, make_local

@dataclass
class Base:
    x: int

    def __post_init__(self):
        print("base post_init", self.x)


@dataclass
class Kid(Base):
    y: int = 0


print(Kid(1), Kid(2, 3))

del Base, Kid

class HashableList(list):
    def __hash__(self):
        return 1


@dataclass
class HL:
    x: list = HashableList()


print(HL(), HL([1]))
try:
    @dataclass
    class BA:
        x: bytearray = bytearray()
except ValueError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__eq__ is object.__eq__)


@dataclass
class OddNames:
    self: int
    kwargs: int = 0
    args: int = 1


print(OddNames(self=1, kwargs=2), OddNames(3), OddNames(1, 2, 3))

del HashableList, HL, NoEq, OddNames

@dataclass(slots=True, weakref_slot=True)
class W:
    x: int


print(W(1), W.__slots__)


@dataclass
class NotSet:
    x: int = field(init=False)


try:
    print(NotSet())
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(init=False)
class NoInit:
    x: int


print(NoInit.__match_args__, "__init__" in NoInit.__dict__, dataclass(NoInit) is NoInit)


class Undecorated:
    x: int = 1


Decorated = dataclass(Undecorated, frozen=True)
print(Decorated is Undecorated, Decorated(), hash(Decorated(2)) == hash(Decorated(2)))

del W, NotSet, NoInit, Undecorated, Decorated

# make_dataclass
from dataclasses import make_dataclass, is_dataclass


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


Pt = make_dataclass("Pt", ["x", ("y", int), ("z", int, field(default=5))])
print(Pt(1, 2), Pt(1, 2, 3) == Pt(1, 2, 3), [(f.name, f.type) for f in fields(Pt)])
print(Pt.__name__, is_dataclass(Pt), Pt.__match_args__, Pt.z)
Ordered = make_dataclass("Ordered", [("a", int), ("b", str, "dflt")], order=True, frozen=True,
                         namespace={"double": lambda self: self.a * 2})
o = Ordered(3)
print(o, o.double(), Ordered(1) < Ordered(2), hash(o) == hash(Ordered(3)))
show(lambda: setattr(o, "a", 1))
Child = make_dataclass("Child", [("c", list, field(default_factory=list))], bases=(Ordered,),
                       frozen=True)
print(Child(1, "q", [2]), isinstance(Child(1), Ordered), [f.name for f in fields(Child)])
Kw = make_dataclass("Kw", [("a", int), ("b", int)], kw_only=True, repr=False)
print(Kw(b=1, a=2).a, "Kw object" in repr(Kw(a=1, b=2)), Kw.__match_args__)
for spec in ([("a", int, None, 4)], [("a",)], ["1a"], [("a b", int)], ["class"], ["None"],
             ["a", ("a", int)], [(1, int)], [("a", int, 1), "b"], [("a", int, [])]):
    show(lambda: make_dataclass("Bad", spec))
del Pt, Ordered, o, Child, Kw

# asdict and astuple rebuild named tuples (tuples with _fields) from positional arguments
from dataclasses import asdict, astuple


class NT(tuple):
    _fields = ("p", "q")

    def __new__(cls, p, q):
        return tuple.__new__(cls, (p, q))


@dataclass
class Holder:
    nt: NT
    items: list


h = Holder(NT(T(1), [T(2)]), [NT(1, 2)])
print(asdict(h), astuple(h), type(asdict(h)["nt"]).__name__)
print(asdict(T(1)), astuple(T(1)))
