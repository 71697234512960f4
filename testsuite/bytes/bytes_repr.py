# repr of bytes escapes non-printables and picks quotes.
for b in [b"plain", b"it's", b'say "hi"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\"]:
    print(repr(b), str(b))
print(repr(bytearray(b"ba\x00")), repr(bytearray()), repr(bytes(0)))
