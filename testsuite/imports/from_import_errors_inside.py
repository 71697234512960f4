# `from package import submodule`: an error raised while the submodule runs is that error
# (only a submodule that does not exist is "cannot import name").
import sys
for statement in [
    "from lib import raises",
    "from lib import imports_missing",
    "from lib import no_such_submodule",
]:
    try:
        exec(statement)
    except ImportError as e:
        print(statement, "->", type(e).__name__, str(e).split(" (")[0], e.name)
    except Exception as e:
        print(statement, "->", type(e).__name__, e)
    print("lib.raises" in sys.modules, "lib.imports_missing" in sys.modules)

# Every module has __doc__ and __package__ (the script: None; a module: its package).
print(__doc__, __package__)
import lib.mathutil
import lib.shapes.circle
print(lib.__package__, lib.mathutil.__package__, lib.mathutil.__doc__)
print(lib.shapes.__package__, lib.shapes.circle.__package__)
import math, json
print(math.__doc__ is None or type(math.__doc__) is str, json.__doc__ is None or type(json.__doc__) is str)
