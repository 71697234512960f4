# return: none, single, tuple, early, in loops.
def none1():
    pass
def none2():
    return
def pair():
    return 1, 2
def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1
print(none1(), none2(), pair(), early(3), early(20))
a, b = pair()
print(a + b)
def nested_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(nested_return())
def multi(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    return "positive"
print([multi(n) for n in (-1, 0, 1)])
