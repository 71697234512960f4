# random: seeded reproducibility and ranges (exact CPython values are not assumed).
import random
random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
again = [random.random() for _ in range(5)]
print(first == again, all(0.0 <= x < 1.0 for x in first), len(set(first)) == 5)
random.seed(7)
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, set(ints) == {1, 2, 3, 4, 5, 6})
r = [random.randrange(0, 100, 5) for _ in range(50)]
print(all(x % 5 == 0 and 0 <= x < 100 for x in r))
u = [random.uniform(-2.0, 3.0) for _ in range(50)]
print(all(-2.0 <= x <= 3.0 for x in u))
bits = [random.getrandbits(8) for _ in range(50)]
print(all(0 <= b < 256 for b in bits), random.getrandbits(1) in (0, 1))
items = list(range(10))
random.shuffle(items)
print(sorted(items) == list(range(10)), random.choice("abc") in "abc")
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.randint(5, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
