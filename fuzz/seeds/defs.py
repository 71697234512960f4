@d.e[0](1)
def f(a, /, b: int = 1, *c, d, e=2, **f) -> g:
    return lambda x=1, *y, z, **w: (yield)
class C(B, metaclass=M):
    x: int
    with (a as b, c): pass
