# random: sample, choices, and same-seed-same-sequence across functions.
import random
def run(seed):
    random.seed(seed)
    return (random.sample(range(100), 5), random.choices("abcd", k=6), random.randint(0, 10 ** 9),
            random.getrandbits(64), random.random())
a, b, c = run(1), run(1), run(2)
print(a == b, a != c)
s = a[0]
print(len(s), len(set(s)), all(0 <= x < 100 for x in s), len(a[1]), all(ch in "abcd" for ch in a[1]))
print(0 <= a[3] < 2 ** 64)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(type(e).__name__)
