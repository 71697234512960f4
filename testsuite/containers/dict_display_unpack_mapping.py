# {**x} in a dict display takes a mapping (a dict, or anything with keys()); unlike
# dict.update, an iterable of pairs is a TypeError.
class M:
    def keys(self): return ['a']
    def __getitem__(self, k): return 1
class D(dict): pass
print({**M()}, {**D(x=2)}, {**{'y': 3}, 'z': 4})
import collections
print({**collections.OrderedDict(q=1)}, {**collections.Counter('aab')})
for bad in ([(1, 2)], None, 5, 'ab', [], ((1, 2),)):
    try:
        print({**bad})
    except TypeError as e:
        print(type(e).__name__, e)
d = {}
d.update([(1, 2)])
print(d, dict([(3, 4)]), dict(**{'k': 5}))
