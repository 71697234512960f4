# typing.NamedTuple and typing.TypedDict in class form (they were functions only: 'bases must
# be types'): fields from annotations, defaults, methods, total, inheritance.
from typing import NamedTuple
class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
    @property
    def doubled(self):
        return Point(self.x * 2, self.y * 2)
p = Point(3, -4)
print(p, p.norm(), p.doubled, Point(1), p._replace(y=5), p._asdict(), Point._fields)
print(Point.__annotations__, Point.__doc__, Point.__name__, isinstance(p, tuple), p == (3, -4))
x, y = p
print(x, y, Point._field_defaults, Point._make([7, 8]))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)
E2 = NamedTuple('E2', name=str)
print(E2('b'))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    class Bad2(NamedTuple):
        a: int
        def _replace(self): pass
except AttributeError as e:
    print(e)
print(Point, type(p).__mro__[1])
from typing import TypedDict
class M(TypedDict, total=False):
    name: str
    year: int
class N(M):
    extra: bool
m = M(name='x')
print(type(m), m, M.__total__, sorted(M.__optional_keys__), sorted(N.__required_keys__), sorted(N.__annotations__), M.__name__, M.__module__, isinstance(m, dict))
try: isinstance(m, M)
except TypeError as e: print(e)
T = TypedDict('T', {'a': int})
print(T(a=1), T.__annotations__, T.__total__, N(extra=True, name='n'))
