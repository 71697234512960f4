# Shallow copies share nested objects.
a = [[1, 2], [3]]
b = a[:]
c = list(a)
d = a.copy()
a[0].append(99)
a.append([4])
print(b, c, d, len(a))
orig = {"k": [1]}
cp = dict(orig)
cp["k"].append(2)
cp["new"] = 0
print(orig, cp)
deep = [list(row) for row in a]
a[0].append(100)
print(deep[0], a[0])
t = (1, 2)
print(tuple(t) is t or tuple(t) == t)
