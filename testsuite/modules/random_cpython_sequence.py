# random: seeded sequences match CPython exactly (MT19937, init_by_array, str seeds via sha512).
import random
for s in [0, 1, 42, 12345, 2**100, -7, "hello", b"abc", 3.5]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5), random.randrange(0, 100, 7))
random.seed(3)
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample(range(10**6), 8), random.sample("abcdefgh", 3))
print(random.choices("abc", k=5), random.choices(range(5), weights=[1,2,3,4,5], k=6), random.choices("xy", cum_weights=[1, 10], k=4))
print(random.choice([1,2,3]), random.uniform(1, 2), random.randbytes(5))
r = random.Random(99); print(r.random(), r.getstate()[1][:3], r.getstate()[1][-1])
