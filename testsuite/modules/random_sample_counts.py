# random.sample(population, k, counts=...): each item repeated that many times, drawn as
# CPython's (the same picks for a seed); the counts' errors.
import random
random.seed(5)
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample('abc', 6, counts=[1, 2, 3]))
print(random.sample(range(4), k=3, counts=[0, 5, 0, 2]))
print(random.sample(['x', 'y', 'z'], 2, counts=[3, -1, 4]))
print(random.sample(list(range(100)), 50, counts=[7] * 100)[:10])
print(random.sample([1, 2], 2, counts=None))
print(random.sample(['a', 'b'], counts=(x for x in (2, 2)), k=1))
for args, kw in [((['a', 'b'], 2), {'counts': [1]}), ((['a', 'b'], 2), {'counts': [1.0, 2]}),
                 ((['a', 'b'], 1), {'counts': [0, 0]}), ((['a', 'b'], 9), {'counts': [1, 2]}),
                 (([], 0), {'counts': []}), ((['a'], 1), {'counts': 5})]:
    try:
        print(random.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
