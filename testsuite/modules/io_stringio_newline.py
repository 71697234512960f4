# io.StringIO's newline=: "\n" by default, None translating what is written, "" splitting
# at any line end, "\r" and "\r\n" writing "\n" as themselves.
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for newline in ["\n", None, "", "\r", "\r\n"]:
    print("newline", repr(newline))
    s = io.StringIO("a\r\nb\rc\nd", newline=newline)
    show(lambda: (s.readlines(), s.getvalue()))
    s = io.StringIO(newline=newline)
    show(lambda: s.write("x\ny\r\nz\r"))
    s.seek(0)
    show(lambda: (s.read(), s.getvalue(), s.tell()))
    s.seek(0)
    show(lambda: list(s))
    s.seek(0)
    show(lambda: (s.read(2), s.readline(), s.readline(1)))

show(lambda: io.StringIO("x\n", "\r\n").getvalue())
show(lambda: io.StringIO().encoding)
show(lambda: io.StringIO().errors)
show(lambda: io.StringIO(newline="x"))
show(lambda: io.StringIO(newline=3))
