# struct: pack/unpack with every byte order and common formats.
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!H", 0x1234), struct.pack("<h", -2))
print(struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 64 - 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.25), struct.pack("<e", 0.5), struct.pack("<?", True))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"), struct.pack("<c", b"z"), struct.pack("<2x"))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<2H", b"\x01\x00\x02\x00"))
print(struct.unpack("<d", struct.pack("<d", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("<?3sc", b"\x01abcz"))
print(struct.calcsize("<I"), struct.calcsize("<bI"), struct.calcsize("<5s2H"), struct.calcsize(">q"), struct.calcsize("<10x"))
