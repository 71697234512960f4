# collections.abc: isinstance/issubclass of the built-in types, the one-method ABCs'
# structural checks, the mixin methods of the container ABCs, registration.
import collections
import collections.abc as cabc
from collections.abc import (Callable, Container, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet,
                             Reversible, Sequence, Set, Sized, ValuesView)

samples = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), 5, 2.5, None,
           iter([]), (x for x in ()), len, collections.deque(), {}.keys(), {}.items(),
           {}.values(), memoryview(b"")]
abcs = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
        "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
        "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
        "ByteString", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
        "AsyncGenerator"]
for name in abcs:
    abc = getattr(cabc, name)
    print(name, "".join("1" if isinstance(s, abc) else "." for s in samples))

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable),
      issubclass(list, Hashable), issubclass(bool, Hashable))


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NoHash:
    __hash__ = None


print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator),
      isinstance(OnlyIter(), Sized), isinstance(NoHash(), Hashable),
      isinstance(lambda: 0, Callable), isinstance(OnlyIter, Callable))


class Registry(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


r = Registry(a=1, b=2)
print(r["a"], r.get("z", 0), "a" in r, "z" in r, list(r.keys()), list(r.items()),
      list(r.values()), r == {"a": 1, "b": 2}, r == {"a": 1}, len(r))
print(isinstance(r.keys(), KeysView), isinstance(r.items(), ItemsView),
      isinstance(r.values(), ValuesView), r.keys() & {"a"}, ("a", 1) in r.items(),
      2 in r.values())


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


s = Store()
s.update({"x": 1}, y=2)
s.setdefault("z", 3)
print(sorted(s.items()), s.pop("x"), s.pop("q", "dflt"), s.popitem(), len(s))
s.clear()
print(len(s), isinstance(s, Mapping), issubclass(Store, MutableMapping))


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


sp = Span(4)
print(list(sp), 20 in sp, 25 in sp, list(reversed(sp)), sp.index(30), sp.count(10))


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
st.reverse()
print(st.items, st.pop(), st.pop(0), st.items)
st.remove(2)
print(st.items)


class Bits(MutableSet):
    def __init__(self, items=()):
        self.items = set(items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.add(x)

    def discard(self, x):
        self.items.discard(x)


b = Bits([1, 2, 3])
print(list(b & Bits([2, 3, 4])), list(b | Bits([9])), list(b - Bits([1])), list(b ^ Bits([3, 4])))
print(b <= Bits([1, 2, 3, 4]), b < b, b == Bits([3, 2, 1]), b.isdisjoint([7]))
b -= Bits([1])
b |= Bits([5])
print(list(b), b.pop() in (2, 3, 5), len(b))

for abc, methods in [(Sized, "__len__"), (Iterable, "__iter__"), (Mapping, "__getitem__")]:
    try:
        abc()
    except TypeError as e:
        print(e)


class Incomplete(Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print(e)


class Thing:
    pass


Sequence.register(Thing)
print(isinstance(Thing(), Sequence), isinstance(Thing(), Reversible),
      isinstance(Thing(), Container), issubclass(Thing, Sized))
print(collections.abc is cabc, Mapping.__module__, Mapping.__name__)
