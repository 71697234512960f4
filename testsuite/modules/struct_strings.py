# struct: s and p formats, padding, counts.
import struct
print(struct.pack("<4s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack("<0s", b"x"), struct.pack("<p", b"x"))
print(struct.pack("<5p", b"abc"), struct.unpack("<5p", struct.pack("<5p", b"abc")), struct.pack("<3B", 1, 2, 3))
print(struct.unpack("<4s2x", b"abcd\x00\x00"), struct.calcsize("<4s2x"), struct.unpack("<3c", b"xyz"))
try:
    struct.pack("<4s", "str")
except struct.error as e:
    print(type(e).__name__, e)
