# print() writes through a reassigned sys.stdout (any object with write), and contextlib.redirect_stdout/redirect_stderr swap the streams, nesting.
import sys, io
saved = sys.stdout
buffer = io.StringIO()
sys.stdout = buffer
print("captured", 1, 2, sep="-")
print("second line", end="!")
sys.stdout = saved
print("back:", repr(buffer.getvalue()))
class Upper:
    def write(self, text):
        saved.write(text.upper())
sys.stdout = Upper()
print("shouted")
sys.stdout = saved
print("normal", file=None)
import contextlib, io, sys
f = io.StringIO()
with contextlib.redirect_stdout(f) as target:
    print("inside", target is f)
    help_text = "x"
print("outside", repr(f.getvalue()))
g = io.StringIO()
with contextlib.redirect_stderr(g):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
print(repr(g.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("a")
    with contextlib.redirect_stdout(inner):
        print("b")
    print("c")
print(repr(outer.getvalue()), repr(inner.getvalue()))
