# Functions as values: passing, returning, storing.
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, "four"))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
ops = [abs, str, bool, float]
print([op(-2) for op in ops])
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22))
