# Metaclasses: type(name, bases, ns) of a base's metaclass, attribute lookup through the
# metaclass, errors.
class M(type):
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, sorted(ns.keys() - {'__module__', '__qualname__'}), kw)
        super().__init__(name, bases, ns)
class A(metaclass=M):
    x = 1
B = M('B', (A,), {'y': 2})
C = type('C', (A,), {})
print(type(B).__name__, type(C).__name__, B.x, B.y)
class D(A): pass
print(D.__mro__)
# metaclass attribute visibility
class Meta(type):
    counter = 10
    def meta_method(cls): return 'mm:' + cls.__name__
class K(metaclass=Meta):
    pass
print(K.counter, K.meta_method())
k = K()
try:
    k.counter
except AttributeError as e: print('AttributeError', e)
print(type(K).__call__ is type.__call__, callable(K))
print(M.__call__(A).__class__.__name__)
print(type.__prepare__('x', ()))
print(repr(type(K)), Meta.__name__, Meta.__bases__)
class Wrong(type):
    def __new__(mcls, name, bases, ns):
        return 42
class W(metaclass=Wrong): pass
print(W)
class P(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 1
try:
    class Q(metaclass=P): pass
except TypeError as e: print('TypeError', e)
