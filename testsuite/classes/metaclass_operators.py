# Operators, hash and the other special methods of a metaclass apply to its classes (C + 1,
# hash(C), C < D, abs(C), with C: ...); ABCMeta and EnumType classes keep type's behaviour.
import abc
class M(type):
    def __mul__(cls, n): return cls.__name__ * n
    def __rmul__(cls, n): return ('rmul', n)
    def __iadd__(cls, n): return ('iadd', cls.__name__, n)
    def __index__(cls): return 1
    def __abs__(cls): return 'abs'
    def __int__(cls): return 99
    def __float__(cls): return 1.5
    def __format__(cls, spec): return 'fmt:' + spec
    def __str__(cls): return 'str-' + cls.__name__
    def __getattr__(cls, name): return 'ga-' + name
    def __enter__(cls): return 'entered'
    def __exit__(cls, *a): print('exit', a[0]); return True
    def __lt__(cls, o): return cls.__name__ < o.__name__
    def __pow__(cls, e, m=None): return ('pow', e, m)
    def __divmod__(cls, o): return ('dm', o)
    def __reversed__(cls): return iter('ba')
    def __round__(cls, n=None): return ('round', n)
    def __matmul__(cls, o): return 'matmul'
    def __invert__(cls): return 'inv'
    def __pos__(cls): return 'pos'
class B(metaclass=M): pass
class A(metaclass=M): pass
print(A * 3, 3 * A)
x = A; x += 5; print(x)
print([10, 20, 30][A], abs(A), int(A), float(A), f'{A:>4}', format(A, 'x'), str(A), '%s' % A)
print(A.nothing, A.__name__)
with A as w: print(w); raise ValueError
print(sorted([B, A]), [c.__name__ for c in sorted([B, A])])
print(A ** 2, pow(A, 2, 5), divmod(A, 3), list(reversed(A)), round(A), round(A, 2), A @ 1, ~A, +A)
print(A == A, A != B, A == B, hash(A) == hash(A))
class E(type):
    def __eq__(cls, o): return True
class F(metaclass=E): pass
try: hash(F)
except TypeError as e: print('TypeError', e)
print(F == 1, F != 1)
class Base(abc.ABC): pass
class Sub(Base): pass
d = {Base: 1, Sub: 2}
print(d[Base], d[Sub], Base in d, Base == Base, Base != Sub)
try: Base < Sub
except TypeError as e: print('TypeError', e)
try: Base + 1
except TypeError as e: print('TypeError', e)
try: -Base
except TypeError as e: print('TypeError', e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(len(Color), list(Color), Color.RED in Color, {Color: 1}[Color], Color['RED'], Color(2))
try: Color + 1
except TypeError as e: print('TypeError', e)
class N(type):
    def __or__(cls, o): return NotImplemented
class G(metaclass=N): pass
print(G | int, int | G)
class U(type):
    def __or__(cls, o): return "or"
class V(metaclass=U): pass
print(V | int, int | V)
