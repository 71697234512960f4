# Subclasses of built-in types reach the built-in repr/str through super() and the type's
# own dunders; a repr that calls itself natively raises RecursionError; __hash__ results.
class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()


class L(list):
    def __repr__(self):
        return "L" + super().__repr__()


class S(str):
    def __str__(self):
        return "<" + super().__str__() + ">"


class I(int):
    def __repr__(self):
        return "I(" + super().__repr__() + ")"


print(repr(D(a=1)), repr(L([1, 2])), str(S("x")), repr(I(5)))
print(dict.__repr__(D(b=2)), list.__repr__(L([3])), str.__str__(S("y")))
print([D(c=3)], {"k": L([4])}, f"{S('z')}", int.__format__(I(7), "03d"))


class K(str):
    __repr__ = str.__str__


print(str(K("plain")), repr(K("also plain")))


class Loop:
    __repr__ = object.__str__


try:
    repr(Loop())
except RecursionError:
    print("RecursionError")
print("still running")


class Big:
    def __hash__(self):
        return 3430029580082841964


class MinusOne:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2**100


print(hash(Big()), hash(MinusOne()), hash(Huge()) == hash(2**100))
