# A hand-written dataclass-like class decorator that generates __init__, __repr__ and __eq__.
def record(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} arguments ({len(args)} given)")
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    return cls
@record
class Sensor:
    name: str
    pin: int
    active: bool
s = Sensor("temp", 4, True)
print(s, s == Sensor("temp", 4, True), s == Sensor("temp", 5, True))
try:
    Sensor("x")
except TypeError as e:
    print(type(e).__name__, e)
