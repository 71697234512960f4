# array: every typecode's item size and range, slicing, slice assignment, deletion, + and ==.
from array import array
for code in "bBhHiIqQfd":
    a = array(code, [1, 2, 3])
    print(code, a.itemsize, len(a.tobytes()), a.tolist(), a.typecode)
for code, bad in [("b", 128), ("b", -129), ("B", -1), ("h", 2 ** 15), ("H", 2 ** 16), ("i", 2 ** 31), ("I", -1), ("q", 2 ** 63), ("Q", -1)]:
    try:
        array(code, [bad])
    except OverflowError:
        print(code, bad, "OverflowError")
a = array("h", range(10))
print(a[2:5], a[::3], a[-1], a[::-1].tolist())
a[1:3] = array("h", [100, 200, 300])
print(a, len(a))
del a[0]
del a[::2]
print(a, 200 in a, 7 in a)
b = array("h", [1]) + array("h", [2, 3])
print(b, b == array("h", [1, 2, 3]), b == array("h", [1, 2]), array("f", [0.5]) == array("d", [0.5]))
b.extend(array("h", [9]))
b.frombytes(b"\x05\x00")
b.fromlist([6])
b.byteswap()
print(b, list(b))
b.byteswap()
b.reverse()
print(b, b.pop(0), b.pop(), b.count(2), b.index(2))
print(array("d", [1.25, -0.5]), array("f", [0.1])[0], array("B", b"ab"), array("b"), repr(array("u" if False else "i")))
for bad in [lambda: array("z"), lambda: array("i", "ab"), lambda: array("i", [1.5]), lambda: array("h", [1]).index(5),
            lambda: array("h").pop(), lambda: array("h", [1])[5], lambda: array("i", [1]) + array("h", [1]),
            lambda: array("h").frombytes(b"\x00\x01\x02")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bytes(__import__("array").array("H", [1, 2])), list(__import__("struct").iter_unpack("<H", __import__("array").array("H", [7, 8]))))
