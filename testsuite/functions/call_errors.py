# Argument-binding errors and their messages.
def f(a, b):
    return a + b
def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
check(lambda: f(1))
check(lambda: f(1, 2, 3))
check(lambda: f(1, a=1))
check(lambda: f(1, 2, c=3))
check(lambda: f())
def g(a, b, c):
    pass
check(lambda: g(1))
def h():
    pass
check(lambda: h(1))
check(lambda: h(x=1))
check(lambda: (lambda x: x)())
