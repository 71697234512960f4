# dataclasses: generated __init__/__repr__/__eq__, fields, field() options, InitVar,
# __post_init__, KW_ONLY, ClassVar, asdict/astuple/replace, is_dataclass.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         Field, MISSING, KW_ONLY, InitVar)
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__match_args__, list(Point.__dataclass_fields__))
print(Point.__hash__ is None, Point.y, hasattr(Point, "x"))
print(Point.__init__.__name__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__dataclass_params__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__match_args__)


@dataclass
class Inventory:
    name: str
    price: float = field(default=1.5, repr=False)
    tags: list = field(default_factory=list)
    count: int = field(default=0, compare=False)
    uid: int = field(default=7, init=False)
    note: str = field(default="", metadata={"unit": "m", "n": 2})
    total: ClassVar[int] = 10
    other: "ClassVar[str]" = "cv"


a = Inventory("a")
b = Inventory("a", 2.5, ["t"], 3)
print(a, b)
print(a == Inventory("a", count=9), a == b, a.tags is Inventory("a").tags)
a.tags.append(1)
print(a.tags, Inventory("z").tags, a.uid, Inventory.total, Inventory.other)
print([f.name for f in fields(Inventory)], [f.name for f in fields(a)])
f = fields(Inventory)[5]
print(type(f).__name__, isinstance(f, Field), f.name, f.type, f.default, f.init, f.repr, f.hash)
print(f.compare, f.kw_only, f.metadata["unit"], len(f.metadata), sorted(f.metadata))
print(f.metadata, fields(Inventory)[0].metadata, dict(f.metadata.items()))
print(fields(Inventory)[2].default is MISSING, fields(Inventory)[2].default_factory is list)
print(fields(Inventory)[0].default_factory is MISSING, "total" in Inventory.__dataclass_fields__)
print(Inventory.__match_args__, Inventory.price, "tags" in Inventory.__dict__)
try:
    f.metadata["x"] = 1
except TypeError as e:
    print("TypeError")


# Field metadata is a read-only mapping
md = fields(Inventory)[5].metadata
print(type(md).__name__, md, repr(md), md == {"unit": "m", "n": 2}, "unit" in md, md.get("q", 0))
print(list(md), list(md.keys()), list(md.values()), md.copy())
try:
    md["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del md["unit"]
except TypeError as e:
    print(type(e).__name__, e)


# InitVar and __post_init__
@dataclass
class C:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    label: InitVar[str] = "lbl"

    def __post_init__(self, scale, label):
        self.b = self.a * scale
        print("post_init", scale, label)


c = C(3)
print(c, C(3, 10, "q"), C(a=1, label="L", scale=5).b)
print([f.name for f in fields(C)], list(C.__dataclass_fields__), C.__match_args__)
print(C.scale, hasattr(c, "label"), repr(InitVar[int]), repr(InitVar[str]))


@dataclass
class NoPost:
    v: InitVar[int]


print(NoPost(1), fields(NoPost))


# KW_ONLY and kw_only=
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(K(1, b=2), K(b=4, a=5, c=6), K.__match_args__, [f.kw_only for f in fields(K)])


@dataclass(kw_only=True)
class KO:
    a: int = 1
    b: int
    c: int = field(kw_only=False, default=0)


print(KO(b=2), KO(7, b=1, a=3), KO.__match_args__)


@dataclass
class Mixed:
    x: int = field(kw_only=True)
    y: int


print(Mixed(1, x=2), Mixed.__match_args__)

del K, KO, Mixed

# Keeping what the class body defines
@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass(init=False, repr=False, eq=False)
class Bare:
    x: int = 1


bare = Bare()
print(bare.x, bare == Bare(), bare == bare, "__init__" in Bare.__dict__, Bare.__hash__ is None)
print("Bare object" in repr(bare), "__repr__" in Bare.__dict__, "__eq__" in Bare.__dict__)


@dataclass
class WithInit:
    x: int

    def __init__(self, v):
        self.x = v * 10


print(WithInit(2))

del Custom, Bare, bare, WithInit

# asdict / astuple / replace / is_dataclass
@dataclass
class Inner:
    v: int
    w: list = field(default_factory=list)



@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple


o = Outer("o", Inner(1, [2]), [Inner(3)], {"k": Inner(4)}, (Inner(5), 6))
d = asdict(o)
print(d)
print(astuple(o))
print(type(d["pair"]).__name__, d["inner"]["w"] is o.inner.w, d["inner"]["w"] == o.inner.w)
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(Point(1, 2), tuple_factory=list))
r = replace(p, y=9)
print(r, p, r is p, replace(p), replace(p) == p)
print(replace(C(2), scale=3), replace(Inventory("q"), count=4))
for obj in (Point, p, 1, int, Field, None):
    print(is_dataclass(obj), end=" ")
print()

del Inner, Outer, o, d, r, C, c, NoPost, Inventory, a, b, f, md

# Inheritance: fields merged in MRO order, redefinitions keep their place
@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), Derived(4, 5, 6), [f.name for f in fields(Derived)], Derived.__match_args__)


class Plain(Base):
    pass


@dataclass
class Again(Plain):
    w: list = field(default_factory=lambda: [1])


print(Again(), isinstance(Again(), Base), Plain(7))


@dataclass
class KBase:
    a: int
    b: int = field(default=0, kw_only=True)


@dataclass
class KChild(KBase):
    c: int = 5


print(KChild(1, 2, b=3), KChild.__match_args__)

del Base, Derived, Plain, Again, KBase, KChild

# Recursive repr
@dataclass
class Node:
    val: int
    nxt: object = None


n = Node(1)
n.nxt = n
print(n)
n2 = Node(2, Node(3))
print(n2, n2 == Node(2, Node(3)))

del Node, n, n2

# Descriptor-valued defaults and __set_name__ forwarding
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        return 100 if obj is None else obj._v

    def __set__(self, obj, value):
        obj._v = value


@dataclass
class UsesDesc:
    d: int = Desc()


print(UsesDesc(), UsesDesc(5).d)


@dataclass
class WithFieldDesc:
    d: int = field(default=Desc())


print(type(WithFieldDesc.__dict__["d"]).__name__)

