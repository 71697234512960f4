# Draining sets and dicts from the front (set.pop, OrderedDict.popitem(last=False), deleting
# the first key) keeps CPython's orders, with dict inserts and deletes in between.
from collections import OrderedDict

s = set(range(0, 200, 3))
s.update([1000, 7, 77])
popped = [s.pop() for _ in range(20)]
print(popped, s.pop(), len(s), sorted(s)[:5], list(s)[:5])
d = OrderedDict((k, k * 2) for k in "abcdefghij")
out = [d.popitem(last=False) for _ in range(4)]
d["a"] = 0
d.move_to_end("f", last=False)
print(out, d.popitem(last=False), list(d), d.popitem(), next(iter(d)))
plain = {i: str(i) for i in range(50)}
for i in range(45):
    del plain[next(iter(plain))]
plain[0] = "again"
print(plain, list(reversed(plain)), len(plain))
for i in range(3):
    del plain[next(iter(plain))]
print(plain, next(iter(plain.items())), list(plain.values()))
big = set(range(1000))
total = 0
while big:
    total += big.pop()
print(total)
