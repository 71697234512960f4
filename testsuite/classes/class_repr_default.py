# Default reprs and str of classes, functions and modules contain their names.
class Thing:
    pass
print(repr(Thing).startswith("<class '") and repr(Thing).endswith("Thing'>"))
print(str(Thing) == repr(Thing))
t = Thing()
print(str(t) == repr(t), " object at 0x" in repr(t))
def f():
    pass
print(repr(f).startswith("<function f at 0x"))
print(repr(len), repr(int), repr(type))
print(repr(None), repr(NotImplemented), repr(...))
