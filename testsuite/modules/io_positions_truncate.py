# Files and memory streams: reading past the end keeps the position, truncate returns the
# new size (a file grows with zero bytes, memory streams only shrink), binary seeks before
# the start are OSError, readlines' hint, and the errors of streams not opened to read or
# write.
import io
import os


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


name = "io_positions_scratch.bin"
with open(name, "wb") as f:
    f.write(b"0123")
with open(name, "r+b") as f:
    show(lambda: (f.seek(100), f.read(), f.tell(), f.read(1), f.readline(), f.tell()))
    show(lambda: (f.truncate(8), f.tell()))
    show(lambda: (f.seek(2), f.truncate(), f.tell()))
show(lambda: open(name, "rb").read())
with open(name, "r+b") as f:
    show(lambda: f.seek(-1))
    show(lambda: f.seek(-1, 1))
    show(lambda: f.seek(-100, 2))
    show(lambda: f.seek(-1, 2))
    show(lambda: f.truncate(-1))
    show(lambda: f.read(-5))
    show(lambda: f.read(-1))
b = io.BytesIO(b"0123")
show(lambda: (b.seek(10), b.read(), b.tell(), b.truncate(8), b.getvalue(), b.tell()))
s = io.StringIO("abc")
show(lambda: (s.seek(10), s.read(), s.tell(), s.truncate(8), s.getvalue(), s.truncate(1), s.getvalue()))
show(lambda: io.StringIO("abc").truncate(-1))
with open(name, "w") as f:
    f.write("a\nb\nc\n")
for make in [lambda: io.StringIO("a\nb\nc\n"), lambda: io.BytesIO(b"a\nb\nc\n"),
             lambda: open(name), lambda: open(name, "rb")]:
    print([make().readlines(hint) for hint in [0, 1, 2, 3, 4, -1]])
for mode, call in [("r", lambda f: f.write("x")), ("rb", lambda f: f.write(b"x")),
                   ("a", lambda f: f.read()), ("wb", lambda f: f.readline()),
                   ("w", lambda f: f.readlines())]:
    with open(name, mode) as f:
        show(lambda: call(f))
show(lambda: open("a\0b"))
show(lambda: (io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END))
show(lambda: (issubclass(io.UnsupportedOperation, ValueError),
              issubclass(io.UnsupportedOperation, OSError),
              [c.__name__ for c in io.UnsupportedOperation.__mro__]))
os.remove(name)
