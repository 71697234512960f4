# The classes of collections count as the collections.abc ABCs CPython derives them from.
import collections.abc as c
from collections import ChainMap, OrderedDict, UserList, defaultdict

for obj in (ChainMap(), UserList(), OrderedDict(), defaultdict()):
    print(type(obj).__name__, [n for n in ("Mapping", "MutableMapping", "Sequence",
                                           "MutableSequence", "Sized", "Iterable", "Container",
                                           "Collection", "Reversible", "Hashable")
                               if isinstance(obj, getattr(c, n))])


class MyMap(ChainMap):
    pass


print(issubclass(MyMap, c.MutableMapping), issubclass(MyMap, c.Sequence))
