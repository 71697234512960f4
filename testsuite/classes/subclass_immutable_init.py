# A subclass of an immutable built-in (int, str, tuple, ...) with its own __init__ keeps the
# value __new__ made from the call's arguments.
class I(int):
    def __init__(self, v): self.orig = v
class S(str):
    def __init__(self, v): self.extra = 1
class T(tuple):
    def __init__(self, v): pass
class F(float):
    def __init__(self, *a, **k): pass
class B(bytes):
    def __init__(self, v): pass
class FS(frozenset):
    def __init__(self, v): pass
print(I(7), I(7).orig, repr(S("abc")), T([1, 2]), F(2.5), B(b"xy"), FS([3]))
class I2(int):
    def __init__(self, v, extra): self.extra = extra
    def __new__(cls, v, extra): return super().__new__(cls, v)
print(I2(5, "e"), I2(5, "e").extra)
class L(list):
    def __init__(self, v): super().__init__(v); self.n = 1
print(L([1, 2]))
class Point(tuple):
    def __init__(self, xy):
        self.norm = sum(v * v for v in xy)
p = Point((3, 4))
print(p, p.norm, p[0], len(p), isinstance(p, tuple))
