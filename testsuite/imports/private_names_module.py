# Underscore names are importable explicitly.
from lib.mathutil import _private
print(_private)
import lib.mathutil
print(lib.mathutil._private, hasattr(lib.mathutil, "_private"))
