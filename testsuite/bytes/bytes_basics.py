# bytes construction, indexing, slicing, iteration.
b = bytes([72, 105, 0, 255])
print(b, len(b), b[0], b[-1], b[1:3], list(b), b[::-1])
print(bytes(3), bytes(), bytes(b"copy"), bytes("é", "utf-8"), bytes(range(5)))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x")
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(b[0]).__name__, type(b[0:1]).__name__)
