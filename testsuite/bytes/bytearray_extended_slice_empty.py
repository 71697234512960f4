# Assigning empty bytes to a bytearray's extended slice deletes it (CPython's bytearray; a list
# raises ValueError).
for data, key in ((b"abcd", slice(None, None, 2)), (b"abcdef", slice(5, 3, -1)), (b"abc", slice(1, 1, 2)), (b"abcdef", slice(None, None, -2))):
    b = bytearray(data)
    b[key] = b""
    print(b)
    b = bytearray(data)
    b[key] = bytearray()
    print(b)
b = bytearray(b"abcd")
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
l = [1, 2, 3, 4]
try:
    l[::2] = []
except ValueError as e:
    print("ValueError", e)
