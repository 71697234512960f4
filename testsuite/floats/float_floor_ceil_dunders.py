# float.__floor__/__ceil__ (and int's): what math.floor/ceil call, by name.
import math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: (float.__floor__(2.5), float.__ceil__(2.5), float.__trunc__(-2.5), (-2.5).__floor__(), (2.0).__ceil__()))
t(lambda: (int.__floor__(3), (2).__ceil__(), True.__floor__(), (10**30).__ceil__()))
t(lambda: float.__floor__(float('inf')))
t(lambda: float.__ceil__(float('nan')))
t(lambda: float.__floor__(1e300) == 10**300)
class F(float):
    def __floor__(self): return 'custom'
class G(float): pass
class I(int): pass
t(lambda: (math.floor(F(2.5)), math.floor(G(2.5)), math.ceil(G(-2.5)), G(3.5).__floor__(), type(I(4).__floor__()).__name__))
t(lambda: '__floor__' in dir(float))
