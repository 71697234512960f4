# AttributeError messages for instances, classes, modules and built-ins.
class C:
    pass
import sys
cases = [lambda: C().nope, lambda: C.nope, lambda: (5).nope, lambda: "s".nope, lambda: None.nope,
         lambda: [].nope, lambda: sys.nope, lambda: setattr(5, "x", 1), lambda: setattr("s", "upper", 1),
         lambda: delattr(C(), "nope")]
for case in cases:
    try:
        case()
    except AttributeError as e:
        print(type(e).__name__, e)
