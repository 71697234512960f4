# Relative imports inside a package.
from lib.shapes import Circle, Square
print(Circle(2).describe(), Square(3).describe())
import lib.shapes
print(sorted(lib.shapes.__all__), lib.shapes.circle.Circle is Circle)
from lib.shapes import base
print(issubclass(Square, base.Shape))
try:
    import lib.too_far
except ImportError as e:
    print("ImportError:", e)
