# How tracebacks show exception groups: CPython's nested boxes, numbered members, chained
# exceptions inside a box. The code runs from a string so neither prints source lines.
import traceback

source = """
def f():
    raise ValueError(1)

def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("inner", [e, TypeError(2)])

def h():
    try:
        g()
    except ExceptionGroup as e:
        inner = e
    raise ExceptionGroup("outer", [inner, KeyError(3), ExceptionGroup("last", [OSError(4)])])

def star():
    try:
        raise ExceptionGroup("star", [ValueError(5), TypeError(6)])
    except* ValueError:
        raise RuntimeError("from handler")

def catch(function):
    try:
        function()
    except BaseException as e:
        return e
"""
namespace = {}
exec(compile(source, "<groups>", "exec"), namespace)
for name in ("h", "star"):
    e = namespace["catch"](namespace[name])
    print("".join(traceback.format_exception(e)), end="")
    print("--")

eg = ExceptionGroup("unraised", [ValueError(1), ExceptionGroup("deep", [KeyError(2)])])
print("".join(traceback.format_exception(eg)), end="")
print("--")
eg.add_note("a note")
print("".join(traceback.format_exception_only(type(eg), eg)), end="")
