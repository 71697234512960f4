# collections.abc: the container ABCs against the built-in types: each counts the types its
# section registers, and asking about one compiles that section first.
import collections
import collections.abc as cabc
from collections.abc import Mapping, MutableSequence, Sequence, Set

samples = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), 5, 2.5, None,
           iter([]), (x for x in ()), len, collections.deque(), {}.keys(), {}.items(),
           {}.values(), memoryview(b"")]
abcs = ["Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
        "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]
for name in abcs:
    abc = getattr(cabc, name)
    print(name, "".join("1" if isinstance(s, abc) else "." for s in samples))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(frozenset, Set),
      issubclass(bytearray, MutableSequence), issubclass(str, MutableSequence))
