# `from __future__ import annotations` (PEP 563): annotations are kept as their source text,
# as CPython 3.11 writes it back from the tree (spacing, parentheses, repr of literals).
from __future__ import annotations
import typing
class Node:
    parent: Node = None
    kids: list[Node]
    m: dict[str, int | None]
    t: tuple[int, ...]
    c: typing.Callable[[int, str], Node | None]
    x: -1
    y: (-1) ** 2
    z: 2 ** -1
    w: 'quoted'
    v: "it's"
    u: a.b.c[1:2, ::3]
    s: not a
    r: a if b else c
    q: lambda x, *y, z=1, **k: x
    p: [i for i in range(3) if i]
    o: {1: 2, **d}
    n: f(*a, b=1, **c)
    l: 1 .real
    k: (a, b)
    j: ()
    i: x[a,]
    h: 1e400
    g: 3j
    f2: 2.5j
    e: b'\x00\xff"'
    d2: a < b <= c is not d
    c2: (a or b) and c
    b2: a - (b - c)
    a2: (a - b) - c
    z2: 10**30
    y2: 0xffffffffffffffffffff
    x2: f'{x!r:>{w}} {{}}'
    w2: ~a
    v2: sum(x for x in y)
    t2: ...
    s2: None
    r2: True
print(Node.__annotations__)
def fn(a: int, b: list[Node] = None, *c: str, d: D = 1, **e: E) -> Node | None: pass
print(fn.__annotations__)
x: int = 5
y: Undefined
print(__annotations__)
