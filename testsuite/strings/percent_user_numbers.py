# printf-style % of objects of Python classes: %d/%i take __index__ or __int__, %x/%o/%X
# __index__, %f/%e/%g __float__ or __index__; anything else is CPython's TypeError.
class Idx:
    def __index__(self):
        return 5
class Int:
    def __int__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for spec in ['%d', '%i', '%x', '%o', '%X', '%f', '%e', '%g']:
    for v in [Idx(), Int(), Flt()]:
        t(lambda: spec % v)
t(lambda: '%d' % 3.7)
t(lambda: '%x' % 3.7)
