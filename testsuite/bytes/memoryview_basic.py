# memoryview: slicing without copying, tobytes, tolist, writes through to bytearray.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist())
mv[0] = 65
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
print(bytes(sub), len(sub), sub.readonly, memoryview(b"ro").readonly)
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(mv == b"ABCdef", bytes(mv[::2]), mv.nbytes, mv.itemsize, mv.format)
m2 = memoryview(bytes(range(8)))
print(list(m2[2:6]), bytes(m2[-2:]))
