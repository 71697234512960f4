# del on names, items, slices, attributes.
a = 1
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(6))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.x = 5
c.y = 6
del c.x
print(hasattr(c, "x"), c.y)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
