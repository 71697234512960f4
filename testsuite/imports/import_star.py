# from m import * honours __all__, else skips underscore names.
from lib.exported import *
print(public_a, public_b)
print("not_listed" in dir(), "_underscore" in dir())
from lib.noall import *
print(visible, func(), "_hidden" in dir())
