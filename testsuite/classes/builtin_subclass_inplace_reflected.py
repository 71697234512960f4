# In-place operators on subclasses of list, set, dict and bytearray change the object itself
# (it stays of its class); a built-in left operand's operator goes before the right one's
# reflected method unless the right's type is a subclass of the left's (or a wider number).
class L(list): pass
class S(set): pass
class D(dict): pass
class B(bytearray): pass
class T(tuple): pass
for make, other, ops in [(lambda: L([1]), [2], ["+=", "*="]), (lambda: S({1}), {2}, ["|=", "&=", "-=", "^="]),
                         (lambda: D(a=1), {"b": 2}, ["|="]), (lambda: B(b"x"), b"y", ["+=", "*="]), (lambda: T((1,)), (2,), ["+="])]:
    for op in ops:
        x = make(); y = x
        rhs = 2 if op == "*=" else other
        exec(f"x {op} rhs")
        print(type(x).__name__, op, x, x is y)
class A(int):
    def __radd__(self, o): return "A.radd"
    def __rmul__(self, o): return "A.rmul"
    def __rsub__(self, o): return "A.rsub"
class F(float):
    def __radd__(self, o): return "F.radd"
print(1.5 + A(2), 1j + A(2), 1j + F(2), 2.5 * A(2), 2.5 - A(1), 1 + A(2), 1.0 + F(2), 1 + F(2))
class R:
    def __rmod__(self, o): return "R.rmod"
    def __radd__(self, o): return "R.radd"
    def __rmul__(self, o): return "R.rmul"
print("%s" % R() != "R.rmod", "x" % R() if False else "", [1] + R(), 3 * R(), "ab" * 1)
try:
    print("abc" % R())
except TypeError as e:
    print("TypeError", e)
class M(str):
    def __rmod__(self, o): return "M.rmod"
print("%s" % M("m"))
