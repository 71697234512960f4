# The builtins module: its functions found by name, through the module, by dir() and
# __dict__, import *, exec; deleting and replacing them.
import builtins
print(len([1, 2]), abs(-3))
print('print' in dir(builtins), 'zip' in builtins.__dict__, len(dir(builtins)) > 100)
del builtins.zip
try:
    zip
except NameError as e:
    print('NameError', e)
builtins.max = lambda *a: 'mine'
print(max(1, 2))
g = {}
exec('r = sorted([3, 1, 2])', g)
print(g['r'])
print(getattr(builtins, 'min')(4, 5), hasattr(builtins, 'nosuch'))
try:
    nosuch_name
except NameError as e:
    print('NameError', e)
class C:
    x = len('abc')
print(C.x)
builtins.ord = 1
del builtins.ord
try:
    ord
except NameError as e:
    print('NameError', e)
from builtins import *
print(chr(65), type(divmod))
