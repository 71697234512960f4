# A built-in base's own dunders come before a later Python base's in the MRO (IntEnum members
# hash and compare as ints, StrEnum as strs); int.__eq__/int.__hash__ work on a subclass
# instance's built-in part.
class H:
    def __hash__(self): return 99
    def __eq__(self, o): return 'H.eq'
    def __repr__(self): return 'H.repr'
    def __add__(self, o): return 'H.add'
    def __str__(self): return 'H.str'
    def helper(self): return 'helper'
class M(int, H): pass
m = M(5); print(hash(m), m == 5, repr(m), m + 1, str(m), m.helper())
class S(str, H): pass
s = S('ab'); print(hash(s) == hash('ab'), s == 'ab', repr(s), s + 'c', str(s), list(s))
class L(list, H): pass
l = L([1]); print(l == [1], repr(l), l + [2])
try: hash(l)
except TypeError as e: print(e)
from enum import IntEnum, IntFlag, StrEnum, Enum
class E(IntEnum):
    A = 2
print(hash(E.A) == hash(2), {E.A: 'x'}.get(2), 2 in {E.A}, {2: 'y'}.get(E.A), repr(E.A), str(E.A), format(E.A), E.A + 1)
class F(IntFlag):
    R = 1
    W = 2
print(repr(F.R | F.W), F.R | 4, hash(F.R) == 1, F.R & 1, ~F.R, repr(F(16)))
class C(StrEnum):
    RED = 'red'
print({'red': 1}.get(C.RED), repr(C.RED), str(C.RED), C.RED + '!', C.RED == 'red')
class I(int): pass
print(int.__hash__(I(7)), int.__eq__(I(5), 6), int.__eq__(I(5), 5), str.__hash__(S('q')) == hash('q'), tuple.__eq__((1,), (1,)))
class U(str):
    def __eq__(self, o): return str.__eq__(self, o)
    __hash__ = str.__hash__
print({'abc': 1}.get(U('abc')))
class P(tuple):
    def __hash__(self): return super().__hash__()
print(P((1, 2)) in {(1, 2)})
class Plain: pass
print(object.__eq__(Plain(), Plain()))
