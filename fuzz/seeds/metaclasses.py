class M(type):
    @classmethod
    def __prepare__(m, n, b, **k):
        return {}
    def __new__(m, n, b, ns, **k):
        return super().__new__(m, n, b, ns)
    def __call__(c, *a, **k):
        return super().__call__(*a, **k)
    def __len__(c): return 3
    def __iter__(c): return iter([1, 2])
    def __getitem__(c, k): return k
    def __contains__(c, k): return True
    def __repr__(c): return "M"
    def __instancecheck__(c, o): return False
class A(metaclass=M, x=1):
    pass
class B(A): pass
print(len(A), list(B), A[0], 1 in A, repr(B), isinstance(1, A), type(B), B.__mro__)
T = type("T", (B,), {})
class K(str):
    __repr__ = str.__str__
print(K("x"), f"{K('y')}", M.__call__(A))
