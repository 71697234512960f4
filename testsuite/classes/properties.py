# property: getter, setter, deleter, read-only, computed.
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value
    @radius.deleter
    def radius(self):
        print("deleting")
        del self._r
    @property
    def diameter(self):
        return 2 * self._r
c = Circle(3)
print(c.radius, c.diameter)
c.radius = 5
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.diameter = 1
except AttributeError as e:
    print(type(e).__name__)
del c.radius
print(hasattr(c, "_r"))
class Old:
    def get(self):
        return 42
    answer = property(get, doc="the answer")
print(Old().answer, Old.answer.__doc__, type(Old.answer).__name__)
