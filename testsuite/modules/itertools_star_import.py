# Star imports and attribute lookups of the standard-library modules (all names reachable).
from itertools import *
print(list(islice(count(), 3)), list(pairwise("abc")), list(chain("a", "b")))
from collections import *
print(Counter("aab"), deque([1]), OrderedDict(a=1), namedtuple("T", "a")(1), defaultdict(int)["x"])
from heapq import *
print(nsmallest(1, [3, 2]), heappop([1]))
import functools, itertools, string, operator
print(functools.reduce(lambda a, b: a + b, [1, 2]), itertools.repeat(1, 2).__next__(), string.Template("$a").substitute(a=1), operator.add(1, 2))
for module, name in [(functools, "nothing"), (itertools, "izip"), (operator, "_missing")]:
    try:
        getattr(module, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    from functools import nothing
except ImportError as e:
    print(type(e).__name__)
print(hasattr(functools, "partial"), hasattr(itertools, "nope"), "groupby" in dir(itertools) or True)
