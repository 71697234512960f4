# traceback: formatting and printing exceptions (frame lines are compared without source text).
import io
import sys
import traceback


def frames_only(parts):
    # CPython adds the source line under each frame, and names the script by its full
    # path: keep the line number and function of each.
    return [p.splitlines()[0].split(", ", 1)[1] for p in parts]


def fail(n):
    if n == 0:
        raise ValueError("boom")
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    caught = e

print(traceback.format_exception_only(caught))
print(traceback.format_exception_only(ValueError, caught))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(None))
parts = traceback.format_exception(caught)
print(parts[0], parts[-1], len(parts))
print(frames_only(parts[1:-1]))
print(frames_only(traceback.format_exception(caught, limit=2)[1:-1]))
print(frames_only(traceback.format_exception(caught, limit=-1)[1:-1]))
print(traceback.format_exception(caught, limit=0))
print(traceback.format_exception(type(caught), caught, caught.__traceback__)[-1])
print(frames_only(traceback.format_tb(caught.__traceback__)))
print(traceback.format_tb(None))

# Chains: cause, context, suppressed context, chain=False.
try:
    try:
        fail(0)
    except ValueError as inner:
        raise KeyError("outer") from inner
except KeyError as e:
    chained = e
lines = [p for p in traceback.format_exception(chained) if not p.startswith("  File")]
print(lines)
print([p for p in traceback.format_exception(chained, chain=False) if not p.startswith("  File")])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    context = e
print([p for p in traceback.format_exception(context) if not p.startswith("  File")])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("quiet") from None
except RuntimeError as e:
    print([p for p in traceback.format_exception(e) if not p.startswith("  File")])

# Notes (PEP 678) print after the exception's line.
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(e.__notes__)
print(traceback.format_exception_only(e))
try:
    e.add_note(5)
except TypeError as error:
    print(error)

# format_exc / print_exc use the exception being handled.
print(repr(traceback.format_exc()))
try:
    {}["missing"]
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue() == text)
    t, v, tb = sys.exc_info()
    print(t.__name__, tb is not None)
    print(traceback.format_exception(t, v, tb)[-1])

out = io.StringIO()
traceback.print_exception(caught, file=out)
print(out.getvalue().splitlines()[-1])
out = io.StringIO()
traceback.print_exception(ValueError, caught, caught.__traceback__, limit=1, file=out)
print(out.getvalue().splitlines()[-1])
out = io.StringIO()
traceback.print_tb(caught.__traceback__, limit=1, file=out)
print(out.getvalue().startswith('  File'))


def where():
    return traceback.format_stack()


stack = where()
print(len(stack) >= 2, stack[-1].splitlines()[0].endswith("in where"))
print(frames_only(traceback.format_stack(limit=1))[0].endswith("in <module>"))
out = io.StringIO()
traceback.print_stack(file=out)
print(out.getvalue().splitlines()[-2 if "print_stack" in out.getvalue() else -1].endswith("<module>"))

# SyntaxError keeps CPython's layout: where, the source line, a caret.
try:
    compile("x = (1 +", "snippet", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1])
try:
    compile("a b", "snippet", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
