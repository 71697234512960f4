# collections.abc: the one-method ABCs (structural checks) against the built-in types and
# classes of one's own.
import collections
import collections.abc as cabc
from collections.abc import Callable, Hashable, Iterable, Iterator, Sized

samples = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), 5, 2.5, None,
           iter([]), (x for x in ()), len, collections.deque(), {}.keys(), {}.items(),
           {}.values(), memoryview(b"")]
abcs = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
        "Callable", "Collection", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
        "AsyncGenerator"]
for name in abcs:
    abc = getattr(cabc, name)
    print(name, "".join("1" if isinstance(s, abc) else "." for s in samples))

print(issubclass(str, Hashable), issubclass(list, Hashable), issubclass(bool, Hashable),
      issubclass(list, Iterable), issubclass(int, Sized))


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NoHash:
    __hash__ = None


print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator),
      isinstance(OnlyIter(), Sized), isinstance(NoHash(), Hashable),
      isinstance(lambda: 0, Callable), isinstance(OnlyIter, Callable))
