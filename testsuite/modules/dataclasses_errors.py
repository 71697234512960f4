# dataclasses: CPython's errors for bad calls of the generated __init__, for bad class
# definitions, and for misused helpers.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, KW_ONLY, InitVar)
from typing import ClassVar


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class A:
    x: int
    y: int = 2
    _: KW_ONLY
    z: int
    w: int = 0


for args, kwargs in (((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2, 3), {"z": 1}),
                     ((1, 2, 3), {"z": 1, "w": 2}), ((1,), {"x": 2, "z": 1}),
                     ((1,), {"q": 2, "z": 1}), ((1, 2, 3), {"q": 2}), ((1,), {"z": 3, "w": 4})):
    show(lambda: A(*args, **kwargs))


@dataclass
class B:
    a: int
    b: int
    c: int


for args, kwargs in (((), {}), ((1,), {}), ((), {"c": 1}), ((1, 2, 3, 4), {}),
                     ((1, 2, 3, 4), {"a": 1}), ((1, 2, 3), {"d": 4})):
    show(lambda: B(*args, **kwargs))


@dataclass
class C:
    pass


@dataclass
class D:
    a: int


@dataclass(kw_only=True)
class E:
    p: int
    q: int
    r: int


@dataclass
class F:
    a: int = 1
    b: list = field(default_factory=lambda: 1 / 0)


for make in (lambda: C(1), lambda: C(1, 2), lambda: C(x=1), lambda: D(1, 2), lambda: D(),
             lambda: E(), lambda: E(q=1), lambda: E(1, p=1, q=2, r=3), lambda: F(1, 2, 3),
             lambda: F(), lambda: F(b=[1])):
    show(make)


@dataclass
class PostInit:
    a: int
    v: InitVar[int] = 0

    def __post_init__(self):
        pass


show(lambda: PostInit(1))
del A, B, C, D, E, F, PostInit


def define(label, annotations, ns=None, **params):
    ns = dict(ns or {})
    ns["__annotations__"] = annotations
    try:
        cls = dataclass(type("G", (), ns), **params)
        print(label, "ok", cls.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Unhashable:
    v: int = 0


@dataclass(frozen=True)
class Hashable:
    v: int = 0


define("non-default", {"x": int, "y": int}, {"x": 0})
define("non-default init=False", {"x": int, "y": int}, {"x": 0}, init=False)
define("non-default kw_only", {"x": int, "y": int}, {"x": 0, "y": field(kw_only=True)})
define("non-default field(init=False)", {"x": int, "y": int}, {"x": 0, "y": field(init=False)})
for default in ([], {}, set(), bytearray(), (1, []), frozenset(), Unhashable(), Hashable()):
    define("default " + type(default).__name__, {"x": object}, {"x": default})
define("no annotation", {"x": int}, {"y": field(default=1)})
define("KW_ONLY twice", {"a": int, "_": KW_ONLY, "b": int, "__": KW_ONLY, "c": int})
define("ClassVar factory", {"x": ClassVar[list]}, {"x": field(default_factory=list)})
define("InitVar factory", {"x": InitVar[list]}, {"x": field(default_factory=list)})
define("ClassVar kw_only", {"x": ClassVar[int]}, {"x": field(default=1, kw_only=True)})
define("order without eq", {"x": int}, order=True, eq=False)
define("overwrite __lt__", {"x": int}, {"__lt__": lambda self, other: True}, order=True)
define("overwrite __eq__", {"x": int}, {"__eq__": lambda self, other: True}, order=True)
define("overwrite __setattr__", {"x": int}, {"__setattr__": lambda s, n, v: 0}, frozen=True)
define("overwrite __delattr__", {"x": int}, {"__delattr__": lambda s, n: 0}, frozen=True)


@dataclass
class Base:
    x: int = 0


try:
    @dataclass
    class Derived(Base):
        y: int
except TypeError as e:
    print(type(e).__name__, e)
show(lambda: field(1))
show(lambda: field(default=1, default_factory=list))


# Helpers on things that are not dataclasses, and replace()'s own errors
@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)
    v: InitVar[int] = 1
    w: InitVar[int] = None


@dataclass
class Req:
    x: int
    v: InitVar[int]

    def __post_init__(self, v):
        pass


p = P(1)
for call in (lambda: fields(1), lambda: fields(int), lambda: asdict(P), lambda: asdict([1]),
             lambda: astuple(1), lambda: replace(P, x=1), lambda: replace(p, y=2),
             lambda: replace(p, q=2), lambda: replace(p, x=5, v=2),
             lambda: replace(Req(1, 2), x=3), lambda: replace(Req(1, 2), x=3, v=4),
             lambda: replace(1)):
    show(call)
