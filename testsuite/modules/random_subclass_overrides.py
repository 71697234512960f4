# random.Random's methods draw through random(), getrandbits() and _randbelow(): a subclass
# that overrides one changes what the others return, as in CPython. Also copying, version-1
# seeds and version-2 states.
import copy
import random


class Quarter(random.Random):
    def random(self):
        return 0.25


q = Quarter(1)
print(q.uniform(0, 4), q.choice("abcdefgh"), q.randrange(100), q.randint(1, 10))
print(q.gauss(), q.triangular(), q.expovariate(2.0), q.normalvariate(1, 2))
print(q.sample(range(10), 3), q.choices("abcd", k=3), q.choices("ab", [1, 3], k=2))
items = list(range(6))
q.shuffle(items)
print(items)
print(q.randbytes(3) == random.Random(1).randbytes(3))


class Ones(random.Random):
    def getrandbits(self, k):
        return 1


o = Ones(1)
print(o.randrange(100), o.choice("abc"), o.randbytes(3), o.sample("abcdef", 2))


class Last(random.Random):
    def _randbelow(self, n):
        return n - 1


last = Last(2)
print(last.randrange(10), last.choice("xyz"), last.sample("abcdef", 2))
items = list(range(5))
last.shuffle(items)
print(items)


class Counting(random.Random):
    calls = 0

    def random(self):
        Counting.calls += 1
        return super().random()


c = Counting(7)
values = [c.random(), c.uniform(1, 2), c.gauss(), c.gauss(), c.vonmisesvariate(1, 2)]
print(Counting.calls, values == [Counting(7).random()] + values[1:])

r = random.Random(5)
shallow, deep = copy.copy(r), copy.deepcopy(r)
print(r.random() == shallow.random() == deep.random(), type(shallow).__name__)
shallow.random()
print(r.random() != shallow.random(), r.random() == deep.random())
r.gauss()
state = r.getstate()
print(state[0], len(state[1]), state[2] is not None)

for seed in ("hello", b"hello", "", "\xe9t\xe9"):
    random.seed(seed, version=1)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed(12345)
state = random.getstate()
random.setstate((2, state[1], None))
print(random.random())
signed = tuple(word - 2 ** 32 if word >= 2 ** 31 else word for word in state[1][:-1])
random.setstate((2, signed + state[1][-1:], 0.5))
print(random.random(), random.gauss())
for bad in ((1, (), None), (4, state[1], None), (3, state[1][:-1], None), (3, list(state[1]), None)):
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
