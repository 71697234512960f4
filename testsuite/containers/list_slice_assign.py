# Slice assignment and deletion on lists.
a = list(range(10))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = range(len(a[::2]))
print(a)
del a[::3]
print(a)
a[1:3] = []
print(a)
b = [1, 2, 3]
b[1:2] = "ab"
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
