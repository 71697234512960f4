# An object's __index__ where CPython takes an int: %c (str and bytes) and bytes()/bytearray() sizes.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Bad:
    def __index__(self):
        return "x"


show(lambda: "%c" % I(65))
show(lambda: "%c%c" % (I(0x263A), 66))
show(lambda: b"%c" % I(66))
show(lambda: b"%c" % I(300))
show(lambda: "%c" % I(-1))
show(lambda: bytes(I(3)))
show(lambda: bytearray(I(2)))
show(lambda: bytes(I(-1)))
show(lambda: bytes(Bad()))
show(lambda: "%c" % Bad())
show(lambda: "%c" % 2.5)
show(lambda: bytes(2.5))
