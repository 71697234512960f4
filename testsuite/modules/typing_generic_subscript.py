# Subscripting a Generic subclass gives an alias of it (repr, __origin__, __args__; calling it
# makes an instance; a subclass of the alias derives from the class).
from typing import Generic, TypeVar, Protocol
import types
T = TypeVar("T")
K = TypeVar("K")
class S(Generic[T]):
    def __init__(self, v=None): self.v = v
class M(Generic[K, T]): pass
print(S[int], M[str, int], S[int]().__class__ is S, S[int](5).v)
print(S[int].__origin__ is S, S[int].__args__)
print(S.__bases__, S.__mro__[-1])
try: isinstance(S(), S[int])
except TypeError: print("TypeError")
class Sub(S[int]): pass
print(Sub.__bases__, Sub.__mro__[1] is S, Sub(3).v)
class P(Protocol[T]):
    def get(self) -> T: ...
print(P.__name__)
print(S[int] == S[int], S[int] == S[str])
