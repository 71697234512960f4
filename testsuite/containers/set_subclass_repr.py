# A subclass of set or frozenset shows its own name around the items (str too); subclasses of
# list and dict do not.
class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Items(list):
    pass


print(repr(Tags()), repr(Tags([1])), repr(Frozen([2])), repr(Frozen()), str(Tags("a")), [Tags([3])])
print(f"{Tags([4])}", "%s %r" % (Frozen([5]), Frozen([6])), repr(Items([1])), {"k": Frozen("z")})
