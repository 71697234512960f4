# A subclass that overrides a reflected method gets priority; in-place falls back to binary ops.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({self.v}, {getattr(o, 'v', o)})"
    def __radd__(self, o):
        return f"Base.__radd__({self.v}, {getattr(o, 'v', o)})"
class Child(Base):
    def __radd__(self, o):
        return f"Child.__radd__({self.v}, {getattr(o, 'v', o)})"
print(Base(1) + Child(2))
print(Child(1) + Base(2))
print(5 + Base(3), Base(3) + 5)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Lt(1) < Lt(2), Lt(2) > Lt(1), sorted([Lt(3), Lt(1)], key=lambda t: t)[0].v)
