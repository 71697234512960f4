# Bytes literals.
b = b"abc\x00\xff\n"
print(b, len(b), b[0], b[-2])
print(B'single', b'''triple''')
print(b"\x41\x42" == b"AB")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(list(b"\t\r\\"))
try:
    eval('b"\u00e9"')
except SyntaxError:
    print("SyntaxError: non-ASCII in bytes")
print(b"a" b"b" b"c")
