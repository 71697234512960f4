# exec/eval with given globals: CPython adds __builtins__ (the builtins module's dict) to a
# dict without one, and checks that globals is a dict and locals a mapping.
import builtins

namespace = {}
exec("x = len([1, 2])", namespace)
print(sorted(namespace), namespace["x"], namespace["__builtins__"] is vars(builtins))

namespace = {"__builtins__": vars(builtins)}
exec("y = 2", namespace)
print(sorted(namespace))

namespace = {}
print(eval("abs(-3)", namespace), sorted(namespace))


class Namespace(dict):
    pass


namespace = Namespace()
exec("z = max(1, 5)", namespace)
print(type(namespace).__name__, sorted(namespace), namespace["z"])

print(eval("x", None, {"x": 4}), eval("x + y", {"x": 1}, {"y": 2}))
for call in (
    lambda: exec("1", 5),
    lambda: eval("1", 5),
    lambda: exec("1", {}, 5),
    lambda: eval("1", {}, 5),
    lambda: exec("1", None, 5),
):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
