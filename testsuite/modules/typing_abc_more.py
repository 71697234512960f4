# typing and abc: generics, type variables, casts, abstract-method enforcement messages.
from typing import TypeVar, Generic, Protocol, cast, overload, Optional, List, Any, TYPE_CHECKING, NamedTuple
from abc import ABC, ABCMeta, abstractmethod
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
class Closer(Protocol):
    def close(self) -> None: ...
print(Box(3).item, cast(int, "x"), TYPE_CHECKING, T.__name__, Optional[List[int]] is not None)
@overload
def f(x: int) -> int: ...
def f(x: Any) -> Any:
    return x
print(f(5))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2).y)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "shape"
class Half(Shape):
    def area(self):
        return 1
class Square(Half):
    def perimeter(self):
        return 4
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
s = Square()
print(s.area(), s.perimeter(), s.describe(), isinstance(s, Shape))
class Meta(metaclass=ABCMeta):
    pass
print(Meta.__name__, getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
