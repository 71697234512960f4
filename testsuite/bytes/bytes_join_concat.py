# Concatenating bytes and bytearray in every combination; result types follow the left operand.
b, ba = b"ab", bytearray(b"cd")
for x in [b + b, b + ba, ba + b, ba + ba]:
    print(type(x).__name__, x)
print(b"".join([b, ba, memoryview(b"ef")]), type(bytearray(b"-").join([b, b])).__name__)
try:
    b + "s"
except TypeError as e:
    print(type(e).__name__, e)
print(b * 2, ba * 2, 2 * ba)
