# %-formatting of bytes.
print(b"%s-%d" % (b"x", 5), b"%x %X %o" % (255, 255, 8), b"%5s|%-5s|" % (b"r", b"l"))
print(b"%c%c" % (65, b"B"), b"%b" % b"raw", b"%%", b"%r" % b"q" if False else b"skip")
print(b"%.2f" % 3.14159, b"%05d" % 42)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
