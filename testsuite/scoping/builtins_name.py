# `__builtins__` in the main module is the builtins module, seen from module code, functions
# and classes; a global of that name shadows it.
print(__builtins__.__name__, __builtins__.len([1, 2]))
print(getattr(__builtins__, 'abs')(-3), __builtins__.max(2, 5))


def inside():
    return __builtins__.sorted('cab')


class Body:
    seen = __builtins__.__name__


print(inside(), Body.seen)
import builtins
print(__builtins__ is builtins)
__builtins__ = 'shadowed'
print(__builtins__)
