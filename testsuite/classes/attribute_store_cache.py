# Attribute stores that the VM's store cache remembers (one `__init__` site appending the
# same names for every instance) must stay right when instances differ: names set before
# `__init__` runs, deleted names, a materialized __dict__, a class changed on the fly.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = x + y


points = [Point(i, i * 2) for i in range(5)]
print([(p.x, p.y, p.z) for p in points])
print([list(vars(p)) for p in points])

# The name already exists when __init__ appends it: no second entry.
p = Point.__new__(Point)
p.y = "early"
Point.__init__(p, 1, 2)
print(sorted(vars(p).items()))
Point.__init__(p, 3, 4)
print(sorted(vars(p).items()), len(vars(p)))

# A deleted attribute leaves a gap the cache must not mistake for the usual layout.
q = Point(5, 6)
del q.x
Point.__init__(q, 7, 8)
print(sorted(vars(q).items()), len(vars(q)))

# A materialized __dict__ stays the one place the attributes live.
r = Point(1, 1)
d = r.__dict__
Point.__init__(r, 9, 9)
print(d is r.__dict__, sorted(d.items()))


class Recorder:
    def __init__(self, v):
        self.v = v
        self.w = v * 10


for i in range(3):
    obj = Recorder(i)
    print(obj.v, obj.w, list(vars(obj)))


# A class that gains __setattr__ after instances were made: the cache must not bypass it.
def loud_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Recorder.__setattr__ = loud_setattr
obj = Recorder(4)
print(obj.v, obj.w)
del Recorder.__setattr__
obj = Recorder(5)
print(obj.v, obj.w, list(vars(obj)))


# Instances of a subclass take the same __init__ site with another class.
class Point3(Point):
    pass


s = Point3(2, 3)
t = Point(2, 3)
print(list(vars(s)), list(vars(t)), s.z, t.z)

# Strings compared by value, interned or built at run time.
a = "".join(["ab", "c"])
b = "abc"
print(a == b, a != b, a < "abd", a >= "abc", chr(65) <= "B", "B" > chr(65), a > "ab")
print("é" > "e", "€" < "𝄞", "" < "a", "a" < "")
