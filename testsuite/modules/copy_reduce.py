# copy and deepcopy rebuild an object from its own __reduce_ex__ or __reduce__ (an Enum member
# copies to itself), and copy a plain object().
import copy, enum
class Color(enum.Enum):
    RED = 1
class Flags(enum.IntFlag):
    A = 1
    B = 2
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(copy.deepcopy({'c': Color.RED})['c'] is Color.RED, copy.deepcopy([Flags.A | Flags.B])[0] == 3)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(1)).v, copy.deepcopy(R(1)).v)
o = copy.copy(object()); print(type(o).__name__)
class S:
    def __reduce_ex__(self, proto): return "S_global"
s = S(); print(copy.copy(s) is s, copy.deepcopy(s) is s)
class L(list):
    def __reduce_ex__(self, proto):
        return (L, (), {"tag": 5}, iter(self), None)
l = L([1, [2]]); l.tag = 0
m = copy.deepcopy(l); print(m, m.tag, m[1] is l[1], type(m).__name__)
class Bad:
    def __reduce__(self): return 5
try: copy.copy(Bad())
except TypeError as e: print("TypeError")
class St:
    def __reduce__(self): return (St, (), {"a": [1]})
t = copy.deepcopy(St()); print(t.a)
