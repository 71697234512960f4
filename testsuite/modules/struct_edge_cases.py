# struct: half floats, bools, p strings, Struct objects, offsets and error messages.
import struct
for v in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 2.0 ** -24 * 1.5, 0.333251953125, float("inf"), -2.5]:
    packed = struct.pack("<e", v)
    print(v, packed.hex(), struct.unpack("<e", packed)[0])
print(struct.pack(">?x?", 0, [1]), struct.unpack("<3?", b"\x00\x01\x7f"), struct.pack("<3p", b"abcdef"), struct.pack("<1p", b"ab"))
print(struct.pack("!4h", 1, -1, 32767, -32768).hex(), struct.unpack(">q", b"\x80" + b"\x00" * 7), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("<2s3x2s", b"ab", b"c"), struct.calcsize("<2s3x2s"), struct.calcsize("< 2h  i "), struct.pack("<i", True))
s = struct.Struct("<hb")
buf = bytearray(6)
s.pack_into(buf, 3, -2, 7)
print(buf, s.unpack_from(buf, 3), s.unpack_from(buf, offset=-3), list(s.iter_unpack(b"\x01\x00\x02\x03\x00\x04")), s.format, s.size)
mv = memoryview(bytearray(4))
struct.pack_into(">H", mv, 2, 0xABCD)
print(mv.tobytes(), struct.unpack_from("<H", b"\x00\x01\x02", 1), struct.pack("<d", 1e308 * 10), struct.unpack(b"<h", b"\x05\x00"))
errors = [
    lambda: struct.pack("<5", 1), lambda: struct.pack("<h", 40000), lambda: struct.pack("<H", 70000), lambda: struct.pack("<i", 2 ** 31),
    lambda: struct.pack("<I", -1), lambda: struct.pack("<q", 2 ** 63), lambda: struct.pack(">Q", 2 ** 64), lambda: struct.pack("<b", 1.0),
    lambda: struct.pack("<d", "1"), lambda: struct.pack("<s", "s"), lambda: struct.pack("<c", b"ab"), lambda: struct.pack("<e", 1e6),
    lambda: struct.pack("<2i", 1, 2, 3), lambda: struct.unpack("<h", b"\x00"), lambda: struct.unpack_from("<i", b"\x00" * 4, 2),
    lambda: struct.pack_into("<i", bytearray(3), 0, 1), lambda: struct.pack_into("<b", bytearray(3), -4, 1),
    lambda: struct.pack_into("<b", b"abc", 0, 1), lambda: struct.iter_unpack("<h", b"\x00" * 3), lambda: struct.iter_unpack("", b""),
    lambda: struct.calcsize("<n"), lambda: struct.Struct(5), lambda: struct.unpack("<i", "abcd"),
]
for case in errors:
    try:
        print("ok", case())
    except (struct.error, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
