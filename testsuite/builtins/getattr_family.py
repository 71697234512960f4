# getattr, setattr, hasattr, delattr.
class C:
    cls_attr = "class"
c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", "dflt"), hasattr(c, "x"), hasattr(c, "nope"))
delattr(c, "x")
print(hasattr(c, "x"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "append").__name__)
setattr(C, "added", lambda self: "method")
print(c.added())
