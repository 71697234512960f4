# The built-in classes' __new__: mutable containers come back empty (__init__ fills them),
# immutable values are made from the arguments; NoneType(), type(...)() and
# type(NotImplemented)() give their one value.
print(list.__new__(list, [1, 2]), dict.__new__(dict, a=1), set.__new__(set), bytearray.__new__(bytearray, b"x"))
print(float.__new__(float, "2.5"), int.__new__(int, "7"), str.__new__(str, 5), tuple.__new__(tuple, "ab"))
x = list.__new__(list)
x.append(1)
print(x, type(x).__name__, list.__new__(list) == [])
print(type(object.__new__(object)).__name__)


class L(list):
    pass


w = list.__new__(L)
w.extend("ab")
print(w, type(w).__name__)
print(type(None)(), type(...)(), type(NotImplemented)())
for make in (lambda: type(None)(1), lambda: type(...)(x=1)):
    try:
        make()
    except TypeError as e:
        print(e)
