# UnicodeEncodeError / UnicodeDecodeError details.
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, repr(e.object))
    print(e)
try:
    b"a\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object)
    print(e)
print(issubclass(UnicodeEncodeError, ValueError))
