# traceback with an explicit tb=None: the exception's own frames are left out, those of the
# exceptions chained to it stay.
import traceback


def fail():
    raise KeyError("inner")


try:
    try:
        fail()
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    caught = e

print(traceback.format_exception(ValueError, caught, None, chain=False))
print(traceback.format_exception(type(caught), caught, tb=None, chain=False))
parts = traceback.format_exception(ValueError, caught, None)
print(len(parts), parts[0], parts[-2:])
print(len(traceback.format_exception(caught)) > len(parts))
# The old three-argument print.
import io
out = io.StringIO()
traceback.print_exception(ValueError, caught, None, file=out, chain=False)
print(repr(out.getvalue()))
