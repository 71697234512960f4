# abc: ABCMeta as a real metaclass: abstract methods recorded at class creation and
# enforced for any class made by ABCMeta, virtual subclasses, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 1


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), type(Shape).__name__, isinstance(Square(1), Shape))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is Sized:
            return hasattr(subclass, "__len__")
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized), isinstance(3, Sized))


class Drawable(ABC):
    pass


class Circle:
    pass


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(Circle) is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), issubclass(Drawable, Circle))


class Oval(Circle):
    pass


print(issubclass(Oval, Drawable), isinstance(Oval(), Drawable), isinstance(object(), Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    Circle.register
except AttributeError as e:
    print("AttributeError", e)


class Base(ABC):
    @property
    @abstractmethod
    def value(self):
        ...


class Concrete(Base):
    @property
    def value(self):
        return 42


print(Concrete().value, sorted(Base.__abstractmethods__), type(ABC) is ABCMeta)


class Factory(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def check():
        ...


print(sorted(Factory.__abstractmethods__), getattr(property(), "__isabstractmethod__"))
