from .base import Shape
from ..mathutil import square
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return square(self.s)
