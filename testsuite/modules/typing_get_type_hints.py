# typing.get_type_hints: string annotations (forward references) evaluated where they were
# written, None as NoneType, a class's hints gathered down its MRO, Annotated kept or stripped.
from typing import get_type_hints, List, Dict, Optional, Callable, Literal, Annotated, Union


class Node:
    value: int
    next: 'Optional[Node]'
    children: List['Node']
    kind: Literal['leaf', 'branch']
    meta: Annotated['int', 'unit: ms']
    nothing: None

    def link(self, other: 'Node', weight: 'float' = 1.0) -> 'Node':
        return other


class Leaf(Node):
    label: 'str'
    value: 'bool'  # overrides the base's


def order(hints):
    return sorted((name, repr(value)) for name, value in hints.items())


for name, value in order(get_type_hints(Node)):
    print('Node', name, value)
for name, value in order(get_type_hints(Leaf)):
    print('Leaf', name, value)
print(order(get_type_hints(Node.link)))
print(order(get_type_hints(Node, include_extras=True))[2])


def callback(handler: 'Callable[[int, str], bool]', table: 'Dict[str, list[Node]]') -> None:
    pass


print(order(get_type_hints(callback)))

# Without namespaces, the module's names shadow the class body's (CPython 3.11 swaps them).
Size = str


class Box:
    Size = int
    width: 'Size'


print(get_type_hints(Box))
print(get_type_hints(Box, globalns={'Size': float}))
print(get_type_hints(Box, localns={'Size': bytes}))


def wrapped(x: 'Node') -> 'Leaf':
    pass


def decorator(f):
    def inner(*args):
        return f(*args)
    inner.__wrapped__ = f
    inner.__annotations__ = f.__annotations__
    return inner


print(get_type_hints(decorator(wrapped)))
print(get_type_hints(len), get_type_hints(lambda: 0))
import sys
print(get_type_hints(sys.modules[__name__]) == {})
for bad in (42, 'text'):
    try:
        get_type_hints(bad)
    except TypeError as e:
        print('TypeError', e)


def broken(x: 'Missing'):
    pass


try:
    get_type_hints(broken)
except NameError as e:
    print('NameError', e)
try:
    get_type_hints(Optional)
except TypeError as e:
    print('TypeError', e)
