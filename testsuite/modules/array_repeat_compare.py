# array: repetition (* and *=), in-place += and ordering comparisons.
import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = array.array('h', [1, 2])
t(lambda: a * 2)
t(lambda: 3 * a)
t(lambda: a * 0)
t(lambda: a * -1)
t(lambda: a * 'x')
t(lambda: a * 2.0)
b = a
b *= 2
t(lambda: (a, b is a))
b += array.array('h', [9])
t(lambda: (a, b is a))
def iadd_list():
    c = array.array('h'); c += [1]
t(iadd_list)
def iadd_code():
    c = array.array('h'); c += array.array('i')
t(iadd_code)
t(lambda: (array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [2]) >= array.array('d', [1.5]), array.array('b') <= array.array('b')))
t(lambda: array.array('i', [1]) != array.array('i', [1]))
t(lambda: array.array('i', [1]) == [1])
