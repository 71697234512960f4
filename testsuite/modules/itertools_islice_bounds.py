# islice's bounds past sys.maxsize are errors (not a walk towards them), the stop checked and
# named first; count takes any number, a Fraction too.
import itertools as i
from fractions import Fraction
for a in [(2**63, 2**63+1), (2**63, 5), (1, 2**63), (2**63,), (-1, 2), (1, -1), (1,2,2**63),(1,2,0),('a',), (1, None, 2), (None,)]:
    try: print(list(i.islice(range(6), *a)))
    except Exception as e: print(type(e).__name__, e)
print(list(i.islice(i.count(Fraction(1, 2)), 2)), list(i.islice(i.count(1, Fraction(1, 3)), 3)))
for bad in ("a", None, [1]):
    try: i.count(bad)
    except TypeError as e: print(e)
for a in [(0, 'x'), ('x', 3), (-1, 3), (1, -3), (1, 'x'), (-5,), (-1,), (1, -1), (-2**70,), (1, 2, -1), (1, 2, 'x'), (-1, 2, 0)]:
    try: print(list(i.islice(range(4), *a)))
    except Exception as e: print(type(e).__name__, e)
