# object.__setattr__/__delattr__ (what super().__setattr__ reaches) honour data descriptors and
# properties, as obj.x = v does; type.__setattr__ reaches a metaclass property's setter.
class D:
    def __get__(self, o, t=None): return "got"
    def __set__(self, o, v): print("D.__set__", v)
    def __delete__(self, o): print("D.__delete__")
class A:
    x = D()
    def __setattr__(self, n, v):
        print("A.__setattr__", n)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print("A.__delattr__", n)
        super().__delattr__(n)
    @property
    def p(self): return 1
a = A(); a.x = 1; print(a.x, vars(a))
try: object.__setattr__(a, "p", 5)
except AttributeError as e: print("AE", e)
try: object.__delattr__(a, "p")
except AttributeError as e: print("AE", e)
del a.x
a.y = 3
print(vars(a))
del a.y
print(vars(a))
class Meta(type):
    @property
    def info(cls): return "meta"
    @info.setter
    def info(cls, v): print("Meta.info setter", v)
class B(metaclass=Meta): pass
type.__setattr__(B, "info", 4)
B.info = 5
print(B.info, 'info' in B.__dict__)
