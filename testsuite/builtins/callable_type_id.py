# callable, type, id (identity only compared, never printed), object.
class K:
    def __call__(self):
        pass
print(callable(len), callable(K), callable(K()), callable(1), callable(lambda: 0), callable(print))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(type(a) is list, type(K()) is K, type(K) is type, type(len).__name__)
o = object()
print(type(o).__name__, o == o, o != object())
