# bytes/bytearray/memoryview searches with bounds, and struct.unpack_from at offsets, read
# the buffer in place: results as CPython's, also when an __index__ bound empties it.
import array
import struct

data = bytes(range(10)) * 3
ba = bytearray(data)
for source in (data, ba, memoryview(data)):
    print(type(source).__name__, bytes(source).find(b"\x05", 7), data.rfind(b"\x05", 0, 20), ba.count(b"\x01", 2, -2),
          ba.index(b"\x02\x03", 10), data.startswith(b"\x03", 3), ba.endswith((b"\x09", b"x"), 0, 10),
          data.find(9, 10, 15), ba.count(b""), data.find(b"", 31), data.find(b"", 30), ba.rindex(b"\x00", -12, -5))
for offset in (0, 4, -8, 24):
    print(offset, struct.unpack_from("<HI", data, offset), struct.unpack_from(">h", ba, offset),
          struct.unpack_from("<b", memoryview(data), offset), struct.unpack_from("<H", array.array("B", data), offset))
for bad in (27, -31, 100):
    try:
        struct.unpack_from("<HI", data, bad)
    except struct.error as e:
        print(bad, "error:", e)


class Shrinker:
    def __index__(self):
        ba.clear()
        return 5


print(ba.startswith(b"\x05", Shrinker()), ba.count(b"\x00", 0, Shrinker()), len(ba))
