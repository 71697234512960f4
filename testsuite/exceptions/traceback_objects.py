# Traceback objects: __traceback__, sys.exc_info()[2] and __exit__'s tb are tracebacks whose
# tb_next chain runs from the frame that caught to the one that raised; their frames answer
# f_code.co_name/co_filename; with_traceback and traceback.format_tb/format_exception take them.
import sys, traceback

def inner():
    raise ValueError("boom")

def middle():
    inner()

def outer():
    middle()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno)
    lines = []
    while tb is not None:
        f = tb.tb_frame
        # (A frame still running has moved on in CPython: f_lineno only of returned ones.)
        line = f.f_lineno if f.f_code.co_name != "<module>" else tb.tb_lineno
        lines.append((f.f_code.co_name, tb.tb_lineno, line, type(f.f_code.co_filename) is str))
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[2].tb_lineno, type(sys.exc_info()[2]).__name__)
    print(sys.exc_info()[2] is e.__traceback__, e.__traceback__ is e.__traceback__)
    print("".join(traceback.format_tb(e.__traceback__)).count("File"))
    print("".join(traceback.format_tb(e.__traceback__.tb_next.tb_next)).count("File"))
    saved = e.__traceback__.tb_next

try:
    raise KeyError("k").with_traceback(saved)
except KeyError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("with_traceback frames", n)

e = RuntimeError("x")
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError", err)
try:
    e.with_traceback("no")
except TypeError as err:
    print("TypeError", err)
e.__traceback__ = saved
print(e.__traceback__.tb_lineno)
e.__traceback__ = None
print(e.__traceback__)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return True

with CM():
    raise OSError("in with")

def rec(n):
    if n == 0:
        raise IndexError("deep")
    rec(n - 1)

try:
    rec(30)
except IndexError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(len(names), names[:2], names[-2:])
    print(len(traceback.format_tb(e.__traceback__)))
    deep = e
try:
    deep.__traceback__.tb_frame.f_nonexistent
except AttributeError as err:
    print("AttributeError", err)
try:
    deep.__traceback__.nothing
except AttributeError as err:
    print("AttributeError", err)
print(repr(deep.__traceback__).startswith("<traceback object at 0x"))
print(repr(deep.__traceback__.tb_frame).startswith("<frame at 0x"))
print(traceback.format_exception(type(deep), deep, deep.__traceback__)[-1], end="")
print(len(traceback.format_exception(type(deep), deep, deep.__traceback__.tb_next.tb_next)))
import types, sys
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(sys.exc_info()[2].tb_frame, types.FrameType))
print(types.TracebackType.__name__, types.FrameType.__name__)
print([n for n in dir(types) if "Type" in n and n.startswith(("Traceback", "Frame"))])
