# type() with one and three arguments; isinstance with tuples.
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print(type(type(1)) is type)
Dyn = type("Dyn", (object,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.double())
Sub = type("Sub", (Dyn,), {"x": 7})
print(Sub().double(), issubclass(Sub, Dyn))
print(isinstance(3, (str, int)), isinstance(3.0, (str, int)), isinstance(True, int))
print(issubclass(bool, int), issubclass(int, (str, object)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__)
