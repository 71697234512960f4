# typing and abc imports so annotated code runs.
from typing import List, Dict, Optional, Tuple, Any, Callable, Union
from abc import ABC, abstractmethod
def total(xs: List[int], scale: Optional[float] = None) -> float:
    return sum(xs) * (scale or 1)
print(total([1, 2, 3]), total([1, 2], 0.5))
Pair = Tuple[int, str]
handlers: Dict[str, Callable[[int], int]] = {"double": lambda x: 2 * x}
print(handlers["double"](21))
class Base(ABC):
    @abstractmethod
    def run(self) -> Any:
        ...
class Impl(Base):
    def run(self) -> Union[int, str]:
        return "ran"
print(Impl().run())
try:
    Base()
except TypeError as e:
    print(type(e).__name__)
