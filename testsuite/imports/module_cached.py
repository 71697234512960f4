# A module executes once; later imports reuse sys.modules.
import sys
import lib.counter
import lib.counter as again
from lib import counter
print(lib.counter.loads, again is counter, counter is sys.modules["lib.counter"])
counter.state.append("shared")
import lib.counter as third
print(third.state)
print("lib" in sys.modules, "lib.counter" in sys.modules)
