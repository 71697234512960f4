# Assigning a function's __defaults__/__kwdefaults__ changes its next calls; an instance's
# __class__ may be set to another Python class of the same layout (a state pattern).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def g(a, b=1, *, c=2):
    return a, b, c
g.__defaults__ = (9,)
t(lambda: g(0))
g.__kwdefaults__ = {'c': 7}
t(lambda: g(0))
t(lambda: (g.__defaults__, g.__kwdefaults__))
g.__defaults__ = None
t(lambda: g(0))
t(lambda: g.__defaults__)
g.__defaults__ = ()
t(lambda: g.__defaults__)
def bad_defaults():
    g.__defaults__ = [1]
t(bad_defaults)
def bad_kwdefaults():
    g.__kwdefaults__ = 5
t(bad_kwdefaults)
class Closed:
    def handle(self):
        self.__class__ = Open
        return 'opening'
class Open:
    def handle(self):
        self.__class__ = Closed
        return 'closing'
door = Closed()
t(lambda: [door.handle() for _ in range(3)] + [type(door).__name__, isinstance(door, Open)])
class Slotted:
    __slots__ = ('x',)
def to_int():
    door.__class__ = int
t(to_int)
def to_slotted():
    door.__class__ = Slotted
t(to_slotted)
def to_value():
    door.__class__ = 5
t(to_value)
class L1(list):
    pass
class L2(list):
    def total(self):
        return sum(self)
items = L1([1, 2])
items.__class__ = L2
t(lambda: (type(items).__name__, items.total(), items))
