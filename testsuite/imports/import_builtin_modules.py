# Importing built-in modules by several forms.
import sys, gc
import gc as g
from sys import maxsize, byteorder as order
print(g is gc, maxsize == sys.maxsize, order == sys.byteorder, type(sys).__name__)
import sys as system
print(system is sys, "gc" in sys.modules)
