# isinstance and issubclass.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), isinstance(b, (int, A)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (int, str)), issubclass(bool, int))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), isinstance(1, object))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance("", str), isinstance(b"", bytes))
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
