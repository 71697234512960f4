# Starred and double-starred expressions in calls and displays.
def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))
xs = [1, 2]
ys = (3,)
show(*xs, *ys, 4)
show(0, *range(3), **{"a": 1}, b=2, **dict(c=3))
print([*xs, *ys, *"ab"])
print((*xs,), (*xs, *ys))
print({*xs, *ys} == {1, 2, 3})
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print([*range(3), *[]])
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
