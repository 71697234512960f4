# Subclasses of int, float, complex and str reach their built-in behaviour: int() of a float
# subclass, abs(), super() to the built-in operator dunders; a staticmethod called in its class
# body; bytes %-formatting with a mapping looks up bytes keys.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class T(float): pass
class I(int): pass
class C(complex): pass
t(lambda: int(T(2.7)))
t(lambda: float.__int__(T(2.7)))
t(lambda: abs(I(-3)))
t(lambda: abs(T(-1.5)))
t(lambda: abs(C(3, 4)))
class V(int):
    def __add__(self, o): return V(super().__add__(o))
    def __neg__(self): return super().__neg__()
    def __lt__(self, o): return super().__lt__(o)
t(lambda: V(2) + 3)
t(lambda: -V(2))
t(lambda: V(2) < 3)
class S(str):
    def __add__(self, o): return S(super().__add__(o))
    def __iter__(self): return super().__iter__()
t(lambda: S('a') + 'b')
t(lambda: list(S('ab')))
class A:
    @staticmethod
    def helper(x): return x * 2
    VAL = helper(21)
t(lambda: A.VAL)
t(lambda: b'%(k)s' % {b'k': b'v'})
t(lambda: b'%(k)d|%(j)r' % {b'k': 5, b'j': 'x'})
t(lambda: b'%(z)s' % {})
t(lambda: b'%(k)s' % {'k': 1})
