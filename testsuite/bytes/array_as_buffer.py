# array.array as a bytes-like object (bytearray slices and extend, +, join, %b, bytes(),
# BytesIO.write, readinto, memoryview equality), bool() of memoryviews and of objects whose
# __len__ gives something other than a small non-negative int.
import array, io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array.array('h', [1, 2])
b = bytearray(4)
def s1(): b[0:4] = a; return b
t(s1)
def s2(): c = bytearray(); c.extend(a); return c
t(s2)
t(lambda: b'x' + a)
def s3(): c = bytearray(b'y'); c += a; return c
t(s3)
t(lambda: b''.join([a, b'!']))
t(lambda: b'%b' % a)
t(lambda: bytes(a))
t(lambda: bytearray(a))
bio = io.BytesIO(); t(lambda: (bio.write(a), bio.getvalue()))
t(lambda: memoryview(a) == a)
t(lambda: memoryview(a) == array.array('h', [1, 2]))
t(lambda: memoryview(a) == array.array('i', [1, 2]))
t(lambda: a == b'\x01\x00\x02\x00')
t(lambda: b'\x01\x00\x02\x00' == a)
t(lambda: a == array.array('h', [1, 2]))
t(lambda: bool(memoryview(b'')), )
t(lambda: (bool(memoryview(b'a')), bool(memoryview(b'ab')[1:1])))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [0, 3, 1.5, 2**70, -1, -2**70, True]:
    t(lambda: bool(L(n)))
    t(lambda: len(L(n)))
class A2(array.array): pass
x = A2('b', [1, 2])
t(lambda: (bytes(x), memoryview(x).tolist(), bytearray(b'..') + x))
r = io.BytesIO(b'\x05\x00\x06\x00'); y = array.array('h', [0, 0])
t(lambda: (r.readinto(y), y))
import struct
t(lambda: struct.unpack('<hh', a))
t(lambda: a.tobytes().hex(), )
t(lambda: bytes(a).hex(':'))
t(lambda: a in [b'\x01\x00\x02\x00'])
t(lambda: {bytes(a): 1})
