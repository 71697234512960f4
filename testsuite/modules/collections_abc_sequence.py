# collections.abc: the mixin methods of Sequence and MutableSequence; abstract methods,
# registration.
import collections
import collections.abc as cabc
from collections.abc import (Container, Iterable, Mapping, MutableSequence, Reversible,
                             Sequence, Sized)


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
