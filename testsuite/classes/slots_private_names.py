# __slots__ with private names: a slot '__v' is the class's mangled '_C__v'.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class C:
    __slots__ = ('__v', 'w', '__d__')
    def __init__(self):
        self.__v = 1
        self.w = 2
    def get(self): return self.__v
c = C()
t(lambda: (c.get(), c.w, c._C__v))
def s(): c.x = 3
t(s)
def s2(): c.__v = 5
t(s2)
class _Under:
    __slots__ = ['__p']
    def __init__(self): self.__p = 'p'
t(lambda: _Under()._Under__p)
class D(C):
    __slots__ = ('__v',)
    def __init__(self):
        super().__init__()
        self.__v = 'd'
    def both(self): return (self.__v, self.get())
t(lambda: D().both())
