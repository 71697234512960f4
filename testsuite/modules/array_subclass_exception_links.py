# array subclasses: their repr names them, and slices, +, * and copies are plain arrays;
# an exception's __cause__/__context__ must be an exception or None; unbuffered text files
# are refused.
import array
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class A(array.array):
    pass


a = A("i", [1, 2])
show(lambda: (repr(a), repr(A("b")), type(a[:]).__name__, type(a + a).__name__,
              type(a * 2).__name__, type(copy.copy(a)).__name__, repr(a[:1])))
e = ValueError("x")
for name in ["__cause__", "__context__"]:
    for value in [5, "s", None, KeyError("k"), KeyError]:
        show(lambda: (setattr(e, name, value), getattr(e, name)))
show(lambda: e.__suppress_context__)
show(lambda: open("misc2_never_created.txt", "w", buffering=0))
show(lambda: open("misc2_never_created.txt", "w", 0))
