# Order is insertion order and survives deletes/re-inserts.
d = {}
for key in ["z", "y", "x", "w"]:
    d[key] = len(d)
print(d)
del d["y"]
d["y"] = 99
print(list(d))
d["z"] = -1
print(list(d.items()))
print({k: None for k in "hello"})
print(dict(sorted(d.items())))
big = {i: i * i for i in range(50)}
for i in range(0, 50, 2):
    del big[i]
print(list(big)[:10], len(big), sum(big.values()))
