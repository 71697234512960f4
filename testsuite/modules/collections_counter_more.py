# Counter arithmetic and helpers.
from collections import Counter
a = Counter(x=4, y=2, z=0)
b = Counter(x=1, y=3, w=1)
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a | b).items()), sorted((a & b).items()))
print(a.total() if hasattr(a, "total") else sum(a.values()), sorted(+Counter(p=1, q=-1)), sorted(-Counter(p=1, q=-1)))
words = "to be or not to be that is the question".split()
print(Counter(words).most_common(2), Counter(len(w) for w in words)[2])
c = Counter()
c["new"] += 1
print(c, "missing" in c, c["missing"], "missing" in c)
