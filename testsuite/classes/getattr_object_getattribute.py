# object.__getattribute__ (and super().__getattribute__) called from __getattr__ does not fall
# back to __getattr__ again: AttributeError, not endless recursion (the proxy pattern).
class A:
    def __getattr__(self, name):
        return object.__getattribute__(self, name)
try:
    A().x
except Exception as e:
    print(type(e).__name__, e)
print(hasattr(A(), "x"), getattr(A(), "x", "default"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(object.__getattribute__(self, "_target"), name)
p = Proxy([3, 1, 2])
print(p.count(1), p._target)
class B:
    def __getattr__(self, name):
        return super().__getattribute__(name)
try:
    B().y
except AttributeError as e:
    print("AttributeError", e)
class C:
    x = 5
    def __getattr__(self, name):
        return "fallback " + name
c = C()
print(c.x, c.nothing, object.__getattribute__(c, "x"))
try:
    object.__getattribute__(c, "nothing")
except AttributeError as e:
    print("AttributeError", e)
