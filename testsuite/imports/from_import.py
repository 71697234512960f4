# from ... import ... forms.
from lib import greet, VERSION as V
from lib.mathutil import square, cube as c3
print(greet("x"), V, square(5), c3(2))
from lib import mathutil
print(mathutil.PI)
try:
    from lib import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
