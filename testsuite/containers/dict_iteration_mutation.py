# Safe ways to change a dict while walking it; list(d) snapshots the keys.
d = {i: i * i for i in range(8)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k, v in list(d.items()):
    d[k * 10] = v
print(sorted(d))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
