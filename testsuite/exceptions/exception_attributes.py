# Attributes of built-in exceptions.
try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    None.attribute
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit", e.code)
def g():
    return (yield)
gen = g()
next(gen)
try:
    gen.send(99)
except StopIteration as e:
    print("StopIteration value", e.value)
