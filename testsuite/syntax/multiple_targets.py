# Chained assignment, tuple swap, nested targets.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
p = q = 5
p += 1
print(p, q)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
first, second = "hi"
print(first, second)
d = {}
d["a"], d["b"] = 1, 2
print(d)
k = v = "shared"
print(k is v)
