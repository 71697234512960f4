# A function's __code__: names, counts, variable names and CPython's co_flags.
def outer(a, b):
    c = 1

    def inner(x):
        return a + c + x

    def gen():
        yield a

    async def co():
        return 1

    async def ag():
        yield 1

    return inner, gen, co, ag, lambda: b


def show(f):
    co = f.__code__
    print(co.co_name, co.co_qualname, co.co_flags, co.co_varnames, co.co_nlocals, co.co_argcount)
    print("  cells", co.co_cellvars, "frees", co.co_freevars)


for f in outer(1, 2):
    show(f)
show(outer)
show(lambda *a, **k: 0)


def parameters(a, b, /, c, d=4, *rest, e, f=6, **options):
    local = a
    return local


co = parameters.__code__
print(co.co_posonlyargcount, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames)
print(co.co_firstlineno, co.co_flags)
print(type(co.co_filename).__name__, type(co).__name__)
print(repr(co).startswith("<code object parameters at "))


class K:
    def method(self, *, key=None):
        return key

    @staticmethod
    def static(v):
        return v


print(K.method.__code__.co_varnames, K.method.__code__.co_kwonlyargcount)
print(K.static.__code__.co_qualname, K.static.__code__.co_argcount)
print((lambda: 0).__code__.co_name)
try:
    parameters.__code__.co_nonexistent
except AttributeError as e:
    print(e)
