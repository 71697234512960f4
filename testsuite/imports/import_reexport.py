# A package re-exports names from its submodules; identity is preserved.
import lib.shapes as shapes
from lib.shapes.circle import Circle
from lib.shapes import Circle as C2
print(Circle is C2 is shapes.Circle, shapes.Square(2).area())
print([name for name in ("circle", "square", "base") if hasattr(shapes, name)])
