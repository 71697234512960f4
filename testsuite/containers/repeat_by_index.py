# A sequence repeated by an object with __index__ (and no __mul__/__rmul__ of its own).
class Count:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class Both(Count):
    def __rmul__(self, other):
        return 'rmul'
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'ab' * Count(3))
t(lambda: Count(2) * [0])
t(lambda: (1,) * Count(2))
t(lambda: b'x' * Count(4))
t(lambda: bytearray(b'y') * Count(2))
t(lambda: 'ab' * Both(3))
t(lambda: 'ab' * object())
t(lambda: [1] * 2.5)
l = [1, 2]; l *= Count(2); t(lambda: l)
t(lambda: 'ab'[Count(1)])
t(lambda: [0, 1, 2][Count(0):Count(2)])
