# Class definition, instances, attributes, methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(sorted(vars(p)))
print(Point.__name__, Point.__qualname__)
q = Point(0, 0)
q.extra = "dynamic"
print(q.extra, hasattr(p, "extra"))
print(getattr(p, "missing", "fallback"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
