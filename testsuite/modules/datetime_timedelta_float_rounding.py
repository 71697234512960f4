# timedelta sums its float components as CPython's C code does (each in float, the fractions
# of microseconds added apart and rounded once, half to even).
from datetime import timedelta
print([str(timedelta(seconds=k * 1e-6)) for k in (0.5, 1.5, 2.5, 3.5, 4.5, -2.5, -3.5)])
print(timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(microseconds=-2.5))
print(timedelta(milliseconds=0.0025), timedelta(days=1e-11), timedelta(days=1.1, seconds=0.3, microseconds=0.7))
print(timedelta(hours=1.3333333333, minutes=-0.7), timedelta(weeks=0.1, milliseconds=1.5, microseconds=0.5))
print(repr(timedelta(seconds=0.1 + 0.2)), repr(timedelta(days=-1.5e-6, microseconds=1)))
print(timedelta(microseconds=1, seconds=0.0000005), timedelta(microseconds=0, seconds=0.0000005))
for bad in (dict(seconds=float("inf")), dict(days=float("nan")), dict(hours="1", days=[])):
    try: print(timedelta(**bad))
    except Exception as e: print(type(e).__name__, e)
