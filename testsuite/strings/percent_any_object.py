# printf-style formatting takes any object as its single argument (instances, exceptions,
# containers), and a class's __name__ is the class's even when it defines a __name__ property.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, 2)
print("at %s" % p)
print("repr %r" % p)
print("error: %s" % ValueError("bad value"))
print("key %s" % KeyError("k"))
print("%s" % [1, 2], "%s" % {"a": 1}, "%s" % (p,))
print("%s and %s" % (p, ValueError("x")))
try:
    print("%d" % p)
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % p)
except TypeError as e:
    print("TypeError", e)


class Named:
    @property
    def __name__(self):
        return "instance name"


print(Named.__name__, Named.__qualname__, Named().__name__)
