# array() from an array of another typecode reads its items; functools.total_ordering accepts a
# built-in class (its operators are found by lookup).
import array, functools
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: array.array('i', array.array('h', [1, 2])))
t(lambda: array.array('d', array.array('b', [-1, 3])))
t(lambda: array.array('b', array.array('i', [300])))
t(lambda: array.array('h', [1]) + array.array('i', [2]))
def ext():
    a = array.array('h', [1])
    a.extend(array.array('i', [2]))
t(ext)
t(lambda: functools.total_ordering(int) is int)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
t(lambda: (V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(2)))
@functools.total_ordering
class S(str):
    pass
t(lambda: S('a') < S('b'))
t(lambda: functools.total_ordering(type('E', (), {})))
