# Assigning C.__bases__: checked as CPython checks it, and the MROs of the class and of the
# classes below it follow (method lookups, isinstance, super).
class A: pass
class B: pass
class A2(A): pass
class B2(B): pass
class C(A2):
    def who(self): return "C"
class D(C): pass
d = D()
tests = [('C', (B2,)), ('C', (object,)), ('C', (B,)), ('A', (object,)), ('C', (A2, B2)), ('C', (int,)), ('C', (A, A2)), ('A', (B,))]
for n, b in tests:
    k = {'C': C, 'A': A}[n]
    try:
        k.__bases__ = b; print(n, 'ok', [x.__name__ for x in k.__mro__], [x.__name__ for x in D.__mro__])
    except TypeError as e: print(n, e)
print(isinstance(d, B2), issubclass(D, A), d.who(), C.__base__.__name__)
class L(list): pass
class L2(list): pass
class M(L): pass
try: M.__bases__ = (L2,); print('ok', M.__mro__)
except TypeError as e: print(e)
try: M.__bases__ = (A,); print('ok')
except TypeError as e: print(e)
try: C.__bases__ = [A]
except TypeError as e: print(e)
try: int.__bases__ = (A,)
except TypeError as e: print(e)
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
try:
    Y.__bases__ = (Z,)   # W(Y, Z) would then be inconsistent? 
    print([k.__name__ for k in W.__mro__])
except TypeError as e: print(e, [k.__name__ for k in Y.__mro__], [k.__name__ for k in W.__mro__])
class E(Exception): pass
class E2(ValueError): pass
try: E.__bases__ = (ValueError,); print(E.__mro__)
except TypeError as e: print(e)


class P:
    def f(self):
        return "P"


class Q:
    def f(self):
        return "Q"


class S(P):
    def f(self):
        return "S>" + super().f()


s = S()
print(s.f())
S.__bases__ = (Q,)
print(s.f(), isinstance(s, P), isinstance(s, Q), S.__base__.__name__)
