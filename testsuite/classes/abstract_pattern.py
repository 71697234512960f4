# An abstract-base pattern with NotImplementedError, and polymorphism.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Rect(2, 3), Square(4), Tri(3, 5)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(sorted([Rect(1, 9), Square(2), Tri(2, 2)], key=lambda s: s.area())[0].describe())
