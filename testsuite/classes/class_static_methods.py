# classmethod and staticmethod.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(value):
        return value > -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
class Kelvin(Temperature):
    scale = "K"
t = Temperature.from_fahrenheit(212)
print(type(t).__name__, t.degrees)
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees)
print(Temperature.valid(-300), t.valid(20))
print(Temperature.describe(), Kelvin.describe(), k.describe())
f = Temperature.valid
print(f(0))
