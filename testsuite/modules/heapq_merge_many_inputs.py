# heapq.merge keeps a heap of the inputs' heads (many inputs cost log k an item, not k):
# output and tie order (earlier input first) as CPython's, with key and reverse.
import heapq
import random

random.seed(3)
for trial in range(60):
    rev = trial % 2 == 1
    key = (lambda v: v // 3) if trial % 3 == 0 else None
    its = [sorted(random.choices(range(10), k=random.randint(0, 6)), key=key, reverse=rev)
           for _ in range(random.randint(0, 6))]
    pairs = [[(v, i) for v in x] for i, x in enumerate(its)]
    print(list(heapq.merge(*pairs, key=(lambda p: key(p[0])) if key else (lambda p: p[0]), reverse=rev)))
print(list(heapq.merge([1, 3], [2, 4], [0])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge("ace", "bdf", reverse=False)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
merged = list(heapq.merge(*[range(i, 1200, 120) for i in range(120)]))
print(len(merged), merged == sorted(merged), merged[:5], merged[-3:])
