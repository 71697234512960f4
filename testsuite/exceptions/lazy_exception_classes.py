# The rarer built-in exception classes (made on first use in Pyrite): names, bases,
# raising them from the runtime (OSError errno subclasses, codec errors, TabError), dir().
import builtins
print(issubclass(FileNotFoundError, OSError), FileNotFoundError.__mro__)
try:
    raise OSError(2, "no such file")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e.errno, isinstance(e, OSError))
try:
    open("/definitely/not/here")
except OSError as e:
    print(type(e).__name__, type(e) is FileNotFoundError)
print(UserWarning.__mro__)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode", type(e).__name__, isinstance(e, ValueError))
try:
    "\u1234".encode("ascii")
except UnicodeEncodeError as e:
    print("encode", type(e).__name__)
try:
    exec("if True:\n\tx = 1\n        y = 2\n")
except TabError as e:
    print("tab", type(e).__name__, isinstance(e, IndentationError))
except IndentationError as e:
    print("indentation", type(e).__name__)
names = dir(builtins)
print([n for n in ("StopAsyncIteration", "FloatingPointError", "BufferError", "ReferenceError", "TimeoutError", "RuntimeWarning", "PermissionError") if n in names])
print(FloatingPointError is builtins.FloatingPointError, StopAsyncIteration.__name__)
del builtins.BufferError
try:
    BufferError
except NameError as e:
    print("deleted:", e)
class MyWarning(UserWarning):
    pass
print(MyWarning.__mro__[1:])
import builtins
print(builtins.TimeoutError, getattr(builtins, "Warning"), hasattr(builtins, "BufferError"))
from builtins import ReferenceError
print(ReferenceError)
print(eval("TabError"))
# Raised by the runtime itself, made on the way.
def f():
    x
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, isinstance(e, ImportError), e.name)
print(issubclass(UnicodeError, ValueError), NotImplementedError.__mro__[1].__name__, EOFError.__base__.__name__)
