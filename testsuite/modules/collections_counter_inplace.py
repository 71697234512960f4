# Counter's in-place operators take any mapping and keep the counter itself, dropping the
# counts that are not positive, as CPython's do.
from collections import Counter
for op in ['+=', '-=', '|=', '&=']:
    for other in ({"a": 1, "c": 2}, Counter(a=5, b=-1), {"a": 1, "b": 1}):
        c = Counter(a=3, b=1, z=0)
        alias = c
        try:
            exec('c ' + op + ' other'); print(op, c, c is alias)
        except Exception as e: print(op, type(e).__name__, e)
c = Counter(a=3)
try: c + {'a': 1}
except TypeError as e: print(e)
