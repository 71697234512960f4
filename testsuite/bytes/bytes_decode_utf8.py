# UTF-8 decoding of multi-byte sequences and invalid input.
samples = [b"ascii", b"caf\xc3\xa9", b"\xe2\x98\x83", b"\xf0\x9f\x98\x80", b"\xc3", b"\xed\xa0\x80",
           b"\xc0\xaf", b"\xff\xfe", b"ok\xe2\x98"]
for s in samples:
    try:
        print(repr(s.decode("utf-8")))
    except UnicodeDecodeError as e:
        print("error at", e.start, e.end, e.reason)
    print("  replace:", repr(s.decode("utf-8", "replace")))
