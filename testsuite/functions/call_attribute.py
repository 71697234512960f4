# Functions, built-in functions and bound methods have __call__ (hasattr(f, '__call__') is the
# old callable() test); calling it calls the function.
def double(x):
    return x * 2


class C:
    def m(self, y):
        return y + 1


for f in (double, len, print, C().m, [].append, lambda: 0, C, int):
    print(hasattr(f, "__call__"), callable(f))
print(double.__call__(3), len.__call__([1]), C().m.__call__(1), (lambda: 1).__call__())
print(hasattr(1, "__call__"), hasattr("s", "__call__"), hasattr(None, "__call__"))
