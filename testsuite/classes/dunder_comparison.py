# Rich comparisons, reflection, and NotImplemented.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    __hash__ = None
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, b > a, a == Version(1, 2), a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(a, b), min(a, b))
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
print(a == 3, a != 3)
class Always:
    def __eq__(self, o):
        return True
print(Always() == 5, 5 == Always(), Always() != 5)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
