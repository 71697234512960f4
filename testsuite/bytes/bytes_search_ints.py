# Searching bytes with ints and bytes.
b = b"hello world"
print(b.find(111), b.count(108), b.index(119), 111 in b, b.rfind(b"o"), b.find(b"xyz"))
try:
    b.find(300)
except ValueError as e:
    print(type(e).__name__, e)
print(b.split(b" ")[1], b[6:].upper(), b.translate(None, b"lo"))
print(bytes.maketrans(b"lo", b"01"), b.translate(bytes.maketrans(b"lo", b"01")))
