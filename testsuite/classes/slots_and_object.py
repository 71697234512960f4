# object() basics and instances without __dict__ on object itself.
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__)
class Empty:
    pass
e = Empty()
print(isinstance(e, object), issubclass(Empty, object), Empty.__bases__ == (object,))
print(object.__name__, type(object).__name__, type(type).__name__)
print(str(type(5)), str(Empty).endswith("Empty'>"))
