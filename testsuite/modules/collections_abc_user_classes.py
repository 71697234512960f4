# UserDict, UserString and Counter count as the collections.abc ABCs CPython derives them from.
import collections.abc as c
from collections import Counter, UserDict, UserString

for obj in (UserDict(), UserString(""), Counter()):
    print(type(obj).__name__, [n for n in ("Mapping", "MutableMapping", "Sequence",
                                           "MutableSequence", "Sized", "Iterable", "Container",
                                           "Collection", "Reversible", "Hashable")
                               if isinstance(obj, getattr(c, n))])
