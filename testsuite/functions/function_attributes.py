# Function objects: names, attributes, identity, calling conventions.
def f(a, b=1):
    "doc"
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__qualname__)
f.custom = "attr"
print(f.custom)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
print(callable(f), callable(5), type(f).__name__)
g = f
print(g is f, g(9))
class C:
    def m(self):
        pass
print(C.m.__qualname__, type(C().m).__name__)
funcs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print({k: fn(4) for k, fn in funcs.items()})
