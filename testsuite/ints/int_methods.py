# int methods: to_bytes/from_bytes, conjugate, numerator, as_integer_ratio, is_integer-like.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes(bytes(range(1, 12)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print((10).as_integer_ratio(), (-3).as_integer_ratio())
