# isinstance() also asks an object's __class__ when its class overrides it (a proxy's
# property, a class attribute), as CPython does; type() still gives the real class.
class P:
    @property
    def __class__(self): return int
print(isinstance(P(), int), isinstance(P(), P), isinstance(P(), str), isinstance(P(), (str, int)), type(P()) is P)
class Q:
    __class__ = dict
print(isinstance(Q(), dict), isinstance(Q(), Q), Q().__class__)
class R:
    @property
    def __class__(self): return 5
print(isinstance(R(), int))
class S:
    @property
    def __class__(self): raise ValueError('no')
try: print(isinstance(S(), int))
except ValueError as e: print('ValueError', e)
print(isinstance(S(), S))
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
print(isinstance(Proxy([1]), list), isinstance(Proxy(1), bool))
