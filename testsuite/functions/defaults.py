# Default arguments: evaluated once, at definition time.
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 20), f(1, c=30), f(a=0))
n = 5
def g(x=n):
    return x
n = 6
print(g())
def h(item, acc=[]):
    acc.append(item)
    return acc
print(h(1), h(2))
print(h(3, []))
def safe(item, acc=None):
    if acc is None:
        acc = []
    acc.append(item)
    return acc
print(safe(1), safe(2))
print(f.__defaults__, g.__defaults__)
