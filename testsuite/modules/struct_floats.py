# struct with floats: rounding to single precision, special values.
import struct
for v in [0.1, 1.0 / 3, 1e38, 1e-45, -0.0, float("inf"), 65504.0]:
    f = struct.unpack("<f", struct.pack("<f", v))[0]
    d = struct.unpack("<d", struct.pack("<d", v))[0]
    print(v, f, d == v, struct.pack(">f", v).hex())
n = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(n != n)
try:
    struct.pack("<f", 1e39)
except OverflowError as e:
    print(type(e).__name__, e)
