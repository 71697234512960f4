# Float powers whose result is far outside the doubles: overflow raises OverflowError and
# underflow gives 0.0 (both for ** and math.pow), instead of nan.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b, e in [(2.0, 1e308), (0.5, 1e308), (-2.0, 1e308), (2.0, -1e308), (1.0, 1e308),
             (-0.5, 1e308), (2.0, 1e305), (1.0000001, 1e300), (-1.0, 1e308), (10.0, 400.0),
             (10.0, 308.0), (10.0, -330.0), (0.9999999, 1e300), (1.5, 1e18), (3.0, -1e18)]:
    t(lambda: b ** e)
    t(lambda: math.pow(b, e))
