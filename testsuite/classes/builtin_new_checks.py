# A built-in type's own __new__ checks its first argument: missing, not a class, or not a
# subclass of the type (CPython's messages); subclasses still construct through it.
for base in (int, str, tuple):
    for args in ((), (5,), (list,)):
        try:
            print(base.__name__, repr(base.__new__(*args)))
        except TypeError as e:
            print(base.__name__, "TypeError:", e)

class Pair(tuple):
    def __new__(cls, a):
        return super().__new__(cls, (a, a))

class Big(int):
    def __new__(cls, text):
        return int.__new__(cls, text, 16)

class Loud(str):
    def __new__(cls, text):
        return str.__new__(cls, text.upper())

print(Pair(3), type(Pair(3)).__name__)
print(Big("ff"), type(Big("ff")).__name__)
print(Loud("hi"), type(Loud("hi")).__name__)
print(tuple.__new__(Pair, [1, 2]), int.__new__(Big, 7), str.__new__(Loud, "x"))
print(bool.__new__(bool), bool.__new__(bool, 0), bool.__new__(bool, [1]))
