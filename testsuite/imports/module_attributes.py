# Module objects: __name__, __doc__, attribute access, dir.
import lib.mathutil as m
print(m.__name__, m.__doc__, type(m).__name__)
print(sorted(n for n in dir(m) if not n.startswith("__")))
m.added = "attribute set from outside"
import lib.mathutil
print(lib.mathutil.added)
print(__name__)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
