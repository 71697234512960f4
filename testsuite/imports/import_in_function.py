# Imports inside functions bind local names.
def f():
    import lib.mathutil as local_mu
    from lib import greet
    return local_mu.square(3), greet("f")
print(f())
print("local_mu" in globals(), "greet" in globals())
def g():
    from lib.mathutil import square
    return square
print(g()(7))
