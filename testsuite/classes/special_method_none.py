# A special method set to None switches the operation off: __iter__ (no fallback to
# __getitem__), __reversed__ (no fallback to __len__ and __getitem__), __hash__.
class NotIterable:
    __iter__ = None

    def __getitem__(self, index):
        if index < 3:
            return index
        raise IndexError(index)


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, index):
        if index < 2:
            return index
        raise IndexError(index)


class Unhashable:
    __hash__ = None


class Sequence:
    def __len__(self):
        return 2

    def __getitem__(self, index):
        if index < 2:
            return index * 10
        raise IndexError(index)


for action in (lambda: iter(NotIterable()), lambda: list(NotIterable()),
               lambda: [x for x in NotIterable()], lambda: reversed(NotReversible()),
               lambda: hash(Unhashable())):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(NotIterable()[1], list(NotReversible()), list(Sequence()), list(reversed(Sequence())))


class Child(NotIterable):
    def __iter__(self):
        return iter("ab")


print(list(Child()))
