# bytes comparisons and use as keys.
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"" < b"\x00")
print(b"abc" == b"abc", b"abc" == "abc", b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x")
print(sorted([b"b", b"a", b"ab", b""]))
d = {b"key": 1}
print(d[b"key"], b"key" in d, bytes(b"key") in d)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
