# struct: errors, pack_into/unpack_from, iter_unpack, Struct objects.
import struct
for fmt, args in [("<B", (256,)), ("<b", (-129,)), ("<H", (-1,)), ("<I", ("x",)), ("<2H", (1,)), ("<y", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, type(e).__name__, e)
try:
    struct.unpack("<I", b"\x00\x00")
except struct.error as e:
    print(type(e).__name__, e)
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 0xBEEF, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from("<HI", buf, 1), struct.unpack_from("<B", buf))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct(">HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"))
