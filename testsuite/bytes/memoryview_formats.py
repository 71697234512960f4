# memoryview: item formats (from array.array, by cast), unpacking and packing items, slices
# in items, equality and hashing by format, toreadonly, release and `with`.
import array
def t(f):  # prints the result, or the exception
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
m=memoryview(b'ab'); m.release()
for a in ['readonly','nbytes','obj','format','itemsize','shape','ndim','c_contiguous']:
    t(lambda: getattr(m, a))
t(lambda: (m.release(), repr(m)[:18]))
t(lambda: (m == m, m == b'ab'))
a=array.array('h',[1,-2,3]); m=memoryview(a)
t(lambda: (m.format, m.itemsize, m.nbytes, len(m), m[1], m.tolist(), m.obj is a, m[1:].tolist(), m[::2].tolist(), m[-1], m.shape, m.strides))
m[0]=7; print(a)
for v in [70000, 1.5, 'x', True, -32768, 2**70]:
    try: m[1]=v; print(a)
    except Exception as e: print(type(e).__name__, e)
c=memoryview(bytearray(b'\x01\x00\x02\x00')).cast('H')
t(lambda: (c.tolist(), c == [1,2], c.cast('B').tolist(), hash(memoryview(b'ab')) == hash(b'ab')))
for f in ['x','<h','@h','H', 5]:
    t(lambda: memoryview(b'abcd').cast(f).tolist())
t(lambda: c.cast('h'))
t(lambda: memoryview(b'abc').cast('h'))
t(lambda: hash(c))
t(lambda: hash(memoryview(bytearray(b'a'))))
t(lambda: hash(memoryview(b'abcd').cast('h')))
t(lambda: (memoryview(b'ab').cast('c').tolist(), memoryview(b'\x00\x01').cast('?').tolist(), memoryview(bytes(8)).cast('d').tolist()))
t(lambda: (list(c), 2 in c, list(reversed(c))))
def s1(): c[0:1] = b'\x00\x00'
t(s1)
def s2(): c[0:1] = memoryview(bytearray(b'\x05\x00')).cast('H'); return c.tolist()
t(s2)
def s3(): c[0:1] = array.array('H', [9]); return c.tolist()
t(s3)
t(lambda: (memoryview(b'ab').toreadonly().readonly, memoryview(bytearray(b'ab')).toreadonly().readonly))
t(lambda: (bytes(c), c.tobytes(), c.hex(), c.hex(':')))
ro = memoryview(bytearray(4)).toreadonly()
def s4(): ro[0] = 1
t(s4)
f = memoryview(bytearray(8)).cast('f')
def s5(): f[0] = 1.5; f[1] = 2; return f.tolist()
t(s5)
def s6(): f[0] = 'x'
t(s6)
d = memoryview(bytearray(8)).cast('d'); d[0] = 1e300
t(lambda: (d.tolist(), d == memoryview(bytearray(8)).cast('d')))
cc = memoryview(bytearray(b'xy')).cast('c')
def s7(): cc[0] = b'z'; return cc.tolist()
t(s7)
def s8(): cc[0] = b'zz'
t(s8)
def s9(): cc[0] = 1
t(s9)
q = memoryview(bytearray(b'\xff'*8)).cast('Q'); t(lambda: q.tolist())
q2 = memoryview(bytearray(b'\xff'*8)).cast('q'); t(lambda: q2.tolist())
b = memoryview(bytearray(b'\xff\x01')).cast('b'); t(lambda: (b.tolist(), b == memoryview(b'\xff\x01'), b == memoryview(b'\xff\x01').cast('b')))
def w():
    with memoryview(bytearray(b'abc')) as v:
        v[0] = 65
        r = bytes(v)
    return r, repr(v)[:18]
t(w)
t(lambda: memoryview(object=b'ab').tolist())
t(lambda: memoryview(3))
t(lambda: memoryview(array.array('d', [1.5])).tolist())
t(lambda: memoryview(memoryview(array.array('h', [5]))).obj)
t(lambda: memoryview(b'abcd').cast('B', shape=[4]).tolist())
t(lambda: memoryview(b'abcd')[1:3].cast('H').tolist())
