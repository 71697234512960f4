# complex() reads objects of classes of their own: __complex__ (first argument only),
# __float__, __index__, number subclasses; and its TypeErrors name the argument.
class C:
    def __complex__(self): return 1+2j
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1
class FF(float): pass
class CC(complex): pass
for args in [(C(),), (Fl(),), (Ix(),), (Fl(), Fl()), (FF(1.5),), (FF(1.5), 2), (1, CC(1j)), (CC(2+1j), 1), (C(), 1.5), (1, Ix()), (1, C()), (object(),), (1, object()), (Bad(),), ('1', 2), (1, '2')]:
    try: print(complex(*args))
    except TypeError as e: print('TypeError', e)
