# del with a slice removes exactly the slice's items from lists and bytearrays, for every step.
import itertools

base = list(range(12))
for start, stop, step in itertools.product([None, 0, 2, -3, 20], [None, 5, -1, -20], [None, 1, 2, 3, -1, -2, -5]):
    items = list(base)
    data = bytearray(base)
    del items[start:stop:step]
    del data[start:stop:step]
    print(start, stop, step, items, list(data) == items)
items = list(range(10000))
while items:
    del items[:100]
print(items)
