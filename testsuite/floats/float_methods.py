# Float methods.
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((0.1).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-3.75).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.7).real, (3.7).imag, (3.7).conjugate(), (2.5).__trunc__(), int(-2.5))
print(float.fromhex("0x1.fffffffffffffp+1023") == 1.7976931348623157e308)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
