# sys: version_info fields, exc_info inside and outside handlers, recursion limit, intern.
import sys
v = sys.version_info
print(v[:2] == (v.major, v.minor), v.releaselevel in ("alpha", "beta", "candidate", "final"), isinstance(v.serial, int), len(v))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, len(info))
print(sys.exc_info() == (None, None, None))
print(type(sys.getrecursionlimit()).__name__, sys.getrecursionlimit() >= 100)
print(sys.intern("abc") == "abc", sys.intern("x" * 3) is sys.intern("xxx"))
print("math" in sys.builtin_module_names or "math" in sys.modules or True, callable(sys.exit), sys.stdout.write("w\n"))
