# struct: standard sizes with explicit byte order (no native alignment assumptions).
import struct
for fmt in ["<bhil", ">bhil", "=bhil", "!Q", "<e", "<f", "<d", "<?", "<xBx"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("=i", 1) in (b"\x01\x00\x00\x00", b"\x00\x00\x00\x01"))
