# Closures capture variables, not values.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def make_acc(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add
acc = make_acc(100)
print(acc(1), acc(10))
print(c1.__closure__ is not None, len(c1.__closure__))
print(c1.__closure__[0].cell_contents)
def deep():
    a = 1
    def mid():
        def inner():
            return a + 1
        return inner
    return mid()()
print(deep())
