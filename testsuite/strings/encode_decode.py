# encode/decode: utf-8, ascii, latin-1, error handlers.
s = "héllo ☃ 😀"
b = s.encode()
print(b, len(b), b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("é☃".encode("ascii", "replace"), "é☃".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("UTF8 alias", "é".encode("UTF-8"), "é".encode("utf8"))
