# type.__subclasses__(): the live direct subclasses, oldest first.
import gc
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
def names(cls): return [c.__name__ for c in cls.__subclasses__()]
t(lambda: (names(Base), names(A), names(B), names(C)))
def make(n):
    return type(n, (Base,), {})
tmp = make('Tmp')
t(lambda: names(Base))
del tmp
gc.collect()
t(lambda: names(Base))
class D(Base): pass
t(lambda: names(Base))
class Meta(type): pass
class M(metaclass=Meta): pass
class N(M): pass
t(lambda: names(M))
registry = {}
class Plugin:
    @classmethod
    def all(cls): return {c.__name__: c for c in cls.__subclasses__()}
class P1(Plugin): pass
class P2(Plugin): pass
t(lambda: sorted(Plugin.all()))
t(lambda: 'A' in [c.__name__ for c in object.__subclasses__()] )
t(lambda: 'Base' in [c.__name__ for c in object.__subclasses__()] )
import enum
class Color(enum.Enum):
    RED = 1
t(lambda: 'Color' in names(enum.Enum))
