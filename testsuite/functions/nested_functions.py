# Nested function definitions and their scopes.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3))
def conditional(flag):
    if flag:
        def f():
            return "yes"
    else:
        def f():
            return "no"
    return f()
print(conditional(True), conditional(False))
def counter_factory():
    def count(n):
        return n if n <= 0 else 1 + count(n - 1)
    return count(5)
print(counter_factory())
