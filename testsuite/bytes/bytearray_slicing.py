# Extended-slice assignment on bytearray.
ba = bytearray(range(10))
ba[::2] = b"\xff" * 5
print(list(ba))
ba[1::3] = bytes(len(ba[1::3]))
print(list(ba))
del ba[::3]
print(list(ba))
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
ba[2:2] = b"ins"
print(ba)
