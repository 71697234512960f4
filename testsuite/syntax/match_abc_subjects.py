# match: sequence patterns read deques, arrays, memoryviews and collections.abc.Sequence
# instances (subclassed or registered), mapping patterns any collections.abc.Mapping
# (a Mapping subclass) through get() and dict(); str and bytes are no
# sequences here.
from collections import deque, OrderedDict, defaultdict
import array
import collections.abc as abc


def seq(subject):
    match subject:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case [first, *rest, last]:
            return ("many", first, rest, last)
        case _:
            return "not a sequence"


def mapping(subject):
    match subject:
        case {"k": v, **rest}:
            return ("k", v, rest)
        case {}:
            return "other mapping"
        case _:
            return "not a mapping"


class MySeq(abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Registered:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]


abc.Sequence.register(Registered)


class MyMap(abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


for subject in (deque([1, 2, 3]), deque(), array.array("i", [7]), memoryview(b"ab"), MySeq([1, 2]),
                Registered([4, 5, 6]), "abc", b"ab", bytearray(b"x"), {1: 2}, 5, iter([1])):
    print(type(subject).__name__, seq(subject))
for subject in (MyMap({"k": 3, "q": 4}), MyMap({}), OrderedDict(k=5),
                defaultdict(int, k=6), [1], "k"):
    print(type(subject).__name__, mapping(subject))
