# pow(base, exp, mod): __pow__ of a class with the modulus, int subclasses, and CPython's errors.
class I(int): pass
print(pow(I(3), 2, 5), type(pow(I(3), 2, 5)).__name__)
class N:
    def __pow__(self, o, m=None): return ('pow', o, m)
print(pow(N(), 2, 3), pow(N(), 2), N() ** 2)
class NoMod:
    def __pow__(self, o): return 'two'
try:
    print(pow(NoMod(), 2, 3))
except TypeError as e:
    print('TypeError', e)
class NI:
    def __pow__(self, o, m=None): return NotImplemented
try:
    print(pow(NI(), 2, 3))
except TypeError as e:
    print('TypeError', e)
class R:
    def __rpow__(self, o, m=None): return 'rpow'
try:
    print(pow(2, R(), 3))
except TypeError as e:
    print('TypeError', e)
print(pow(2, R()))
for args in [(2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), ('a', 2, 3), (2, 2, None), (True, 3, 2), (2, -1, 5), (2, 3, 0)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
