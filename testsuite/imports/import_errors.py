# Failing imports: missing modules, errors inside modules, syntax errors.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import lib.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import lib.raises
except ValueError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import sys
print("lib.raises" in sys.modules)
try:
    import lib.syntax_error_mod
except SyntaxError as e:
    print(type(e).__name__)
try:
    from lib.mathutil import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
