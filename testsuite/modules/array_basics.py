# array: typed arrays.
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize, sum(a))
b = array("B", b"\x01\x02\xff")
print(b, list(b), b.tobytes(), array("h", [-1, 2]).tobytes() in (b"\xff\xff\x02\x00", b"\xff\xff\x00\x02"))
f = array("d", [1.5, 2.5])
f[0] = 3.25
print(f, f.tolist())
try:
    array("B", [256])
except OverflowError as e:
    print(type(e).__name__)
try:
    a.append("x")
except TypeError as e:
    print(type(e).__name__)
a.pop()
a.remove(1)
a.insert(0, 100)
print(a, a.index(3), a.count(2))
