# Subclassing float.
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(100)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float))
print(Celsius("2.5"), float(c) == 100.0)
