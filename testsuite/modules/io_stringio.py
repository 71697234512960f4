# io.StringIO: write, read, seek, readline, iteration, getvalue.
import io
s = io.StringIO()
print(s.write("line one\n"), s.write("line two\nthree"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(4)), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s))
r = io.StringIO("a\nb\nc")
print(r.readlines(), r.closed)
r.close()
print(r.closed)
try:
    r.read()
except ValueError as e:
    print(type(e).__name__, e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
print("x", file=(out := io.StringIO()), end="!")
print(repr(out.getvalue()))
