# A bound method shows its function's attributes (so an inherited abstract classmethod or
# staticmethod still counts as abstract: the subclass cannot be instantiated).
from abc import ABC, abstractmethod
def f(self): pass
f.custom = 5
class A:
    g = f
    @classmethod
    def c(cls): pass
A.c.__func__.mark = 1
print(A().g.custom, A.c.mark, A().g.__name__, A.c.__qualname__)
class B(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    @property
    @abstractmethod
    def size(self): ...
class S(B):
    pass
print(sorted(S.__abstractmethods__))
try:
    S()
except TypeError as e:
    print('TypeError', e)
class Done(S):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 1
    @property
    def size(self): return 2
print(type(Done.make()).__name__, Done.helper(), Done().size, Done.__abstractmethods__)
