# zip stops at the shortest; manual longest-zip.
a, b = [1, 2, 3], "xy"
print(list(zip(a, b)))
n = max(len(a), len(b))
print([(a[i] if i < len(a) else None, b[i] if i < len(b) else None) for i in range(n)])
keys = ["k1", "k2"]
values = [10, 20, 30]
print(dict(zip(keys, values)))
it = iter(range(6))
print(list(zip(it, it)))
