# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.mro()])
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print(type(e).__name__)
class M1:
    def __init__(self):
        print("M1 init")
        super().__init__()
class M2:
    def __init__(self):
        print("M2 init")
        super().__init__()
class Both(M1, M2):
    def __init__(self):
        print("Both init")
        super().__init__()
Both()
