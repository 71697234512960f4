# Bound methods compare and hash by their object and function; a class's __name__, __qualname__ and __module__ can be reassigned (strings only), and __qualname__ is not left in the class dict.
class A:
    def m(self): pass
a = A(); b = A()
print(a.m == a.m, a.m != a.m, hash(a.m) == hash(a.m), a.m == b.m, a.m == A.m, {a.m: 1}[a.m], [1].append == [1].append)
l = [1]
print(l.append == l.append, a.m in [a.m])
class C:
    pass
C.__name__ = "D"
C.__qualname__ = "E.D"
C.__module__ = "m"
print(C, C.__name__, C.__qualname__, C.__module__, "__qualname__" in C.__dict__)
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
try:
    class F:
        __qualname__ = 5
except TypeError as e:
    print(e)
