# reversed() of a list or dict subclass walks the items (their own __reversed__), whatever
# the subclass's __getitem__/__len__ say; a tuple or str subclass uses the sequence protocol,
# overrides included; a subclass's own __reversed__ wins.


class L(list):
    def __getitem__(self, i):
        return "x"

    def __len__(self):
        return 99


class D(dict):
    def __iter__(self):
        return iter("zz")


class T(tuple):
    def __getitem__(self, i):
        return ("item", i)


class S(str):
    def __len__(self):
        return 2


class R(list):
    def __reversed__(self):
        return iter("own")


print(list(reversed(L([1, 2, 3]))), type(reversed(L())).__name__)
print(list(reversed(D(a=1, b=2))), list(reversed(T((7, 8)))), list(reversed(S("abcd"))))
print(list(reversed(R([1]))))
