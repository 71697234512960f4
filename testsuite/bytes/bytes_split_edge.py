# Splitting bytes on whitespace and separators.
print(b"  a  b  ".split(), b"a\x00b".split(b"\x00"), b"".split(), b"".split(b","), b"abc".split(b"abc"))
print(b"a\r\nb\rc\nd".splitlines(), b"a\nb".splitlines(keepends=True))
try:
    b"a".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
