# A class hierarchy with properties, operator overloading, class methods and sorting.
import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y
class Shape:
    count = 0
    def __init__(self, origin):
        self.origin = origin
        Shape.count += 1
    @property
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area < other.area
    def moved(self, delta):
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.origin = self.origin + delta
        return clone
    def __repr__(self):
        return f"{type(self).__name__}(origin={self.origin}, area={self.area:.2f})"
class Rectangle(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @classmethod
    def square(cls, origin, side):
        return cls(origin, side, side)
class Circle(Shape):
    def __init__(self, origin, r):
        super().__init__(origin)
        self.r = r
    @property
    def area(self):
        return math.pi * self.r ** 2
    @area.setter
    def area(self, value):
        self.r = math.sqrt(value / math.pi)
shapes = [Rectangle(Vector(0, 0), 3, 4), Circle(Vector(1, 1), 1), Rectangle.square(Vector(2, 2), 2)]
print(sorted(shapes))
print(max(shapes), min(shapes).area)
c = shapes[1]
c.area = math.pi * 9
print(round(c.r, 6), c)
print(shapes[0].moved(Vector(5, 5)), shapes[0].origin)
v = Vector(3, 4)
print(v + v, v - Vector(1, 1), 2 * v, abs(v), list(v), {v, Vector(3, 4)} == {v})
print(Shape.count)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__)
