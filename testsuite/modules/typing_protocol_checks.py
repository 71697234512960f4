# typing.Protocol: @runtime_checkable structural isinstance/issubclass, CPython's errors for
# protocols that are not runtime-checkable or have data members, and no instances.
from typing import Protocol, runtime_checkable
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self): ...

class NotRuntime(Protocol):
    def read(self): ...

class File:
    def close(self): pass
class Shape:
    size = 3
    def area(self): return 9
class NoClose:
    close = None
class Explicit(Closable):
    pass

t(lambda: (isinstance(File(), Closable), isinstance(3, Closable), isinstance(NoClose(), Closable)))
t(lambda: (issubclass(File, Closable), issubclass(int, Closable), issubclass(NoClose, Closable)))
t(lambda: (isinstance(Shape(), Sized2), isinstance(File(), Sized2)))
t(lambda: issubclass(Shape, Sized2))
t(lambda: isinstance(File(), NotRuntime))
t(lambda: issubclass(File, NotRuntime))
t(lambda: Closable())
t(lambda: (type(Explicit()).__name__, isinstance(Explicit(), Closable), isinstance(Explicit(), Explicit), issubclass(Explicit, Closable)))
t(lambda: runtime_checkable(File))
t(lambda: isinstance(File(), Explicit))
class Sub(Closable, Protocol):
    def flush(self): ...
t(lambda: isinstance(File(), runtime_checkable(Sub)))
class Both:
    def close(self): pass
    def flush(self): pass
t(lambda: isinstance(Both(), Sub))
