# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, len(p), p == (1, 2), tuple(p), p._asdict())
print(p._replace(x=10), Point._make([5, 6]), Point(*p) is not p)
x, y = p
print(x + y, isinstance(p, tuple), type(p).__name__)
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color(1, 2, 3))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__)
print(sorted([Point(2, 1), Point(1, 2)]), hash(Point(1, 2)) == hash((1, 2)))
