from .circle import Circle
from .square import Square
__all__ = ["Circle", "Square"]
