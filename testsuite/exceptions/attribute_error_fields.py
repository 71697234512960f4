# AttributeError's name and obj (CPython 3.10+), NameError's name; hasattr and getattr with a
# default, through __getattr__ and properties that raise.
try:
    pritn
except NameError as e:
    print(repr(e), e.name)
try:
    [].apend
except AttributeError as e:
    print(repr(e), e.name, e.obj)
class G:
    def __getattr__(self, n):
        if n == "boom": raise KeyError(n)
        raise AttributeError(n)
g = G()
print(hasattr(g, "x"), getattr(g, "x", 5), hasattr([], "append"), getattr([], "nope", None))
try: hasattr(g, "boom")
except KeyError as e: print("KeyError", e)
class P:
    @property
    def p(self): raise AttributeError("inner")
print(hasattr(P(), "p"), getattr(P(), "p", "dflt"))
import math
print(getattr(math, "pi"), getattr(math, "nothing", 0), hasattr(math, "tau"))
try:
    math.nothing
except AttributeError as e:
    print(e.name, e.obj is math)
try:
    int.nope
except AttributeError as e:
    print(e.name, e.obj is int)
