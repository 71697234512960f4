# collections.Counter and defaultdict.
from collections import Counter, defaultdict, OrderedDict
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], sum(c.values()))
c.update("aaz")
c.subtract({"b": 2})
print(sorted(c.items()), (Counter(a=3, b=1) + Counter(a=1, b=5)) == Counter(a=4, b=6))
print(sorted((Counter(a=3, b=1) - Counter(a=1, b=5)).items()), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for w in "a b a c a".split():
    counts[w] += 1
print(dict(counts))
od = OrderedDict()
od["z"] = 1; od["a"] = 2; od["m"] = 3
od.move_to_end("z")
print(list(od), od.popitem(), od.popitem(last=False), od)
