# The classes of collections count as the collections.abc ABCs CPython derives them from.
import collections, collections.abc as c
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, Counter, defaultdict
for obj in (ChainMap(), UserDict(), UserList(), UserString(""), OrderedDict(), Counter(), defaultdict()):
    print(type(obj).__name__, [n for n in ("Mapping", "MutableMapping", "Sequence", "MutableSequence", "Sized", "Iterable", "Container", "Collection", "Reversible", "Hashable") if isinstance(obj, getattr(c, n))])
class MyMap(UserDict): pass
print(issubclass(MyMap, c.MutableMapping), issubclass(MyMap, c.Sequence))
