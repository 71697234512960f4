"""Module docstring."""
# Comments and docstrings.
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        "Method docstring in plain quotes."
print(__doc__)
print(f.__doc__)
print(C.__doc__, C.m.__doc__)
def g():
    x = 1  # trailing comment
    # full-line comment
    return x
print(g.__doc__, g())
def h():
    1
    """not a docstring"""
print(h.__doc__)
