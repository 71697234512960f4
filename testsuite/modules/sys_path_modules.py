# sys.path is a mutable list; sys.modules tracks imported modules.
import sys
before = len(sys.path)
sys.path.append("/nonexistent-dir")
print(len(sys.path) - before, sys.path[-1])
sys.path.pop()
import math
print("math" in sys.modules, sys.modules["math"] is math)
import json
print("json" in sys.modules)
