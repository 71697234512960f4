# collections.abc: the mixin methods of Set and MutableSet (operators, comparisons, in-place
# forms).
from collections.abc import MutableSet


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
