# OrderedDict specifics.
from collections import OrderedDict
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(list(od.items()), od)
print(od == OrderedDict([("c", 3), ("b", 2), ("a", 1)]), od == {"a": 1, "b": 2, "c": 3})
print(OrderedDict(b=1, a=2) == OrderedDict(a=2, b=1))
od["d"] = 4
del od["b"]
print(list(od), list(reversed(od)), od.popitem(last=False))
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
