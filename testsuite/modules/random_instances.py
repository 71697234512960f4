# Independent random.Random instances and state save/restore.
import random
a = random.Random(42)
b = random.Random(42)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
state = a.getstate()
x = [a.randint(0, 1000) for _ in range(5)]
a.setstate(state)
print(x == [a.randint(0, 1000) for _ in range(5)])
c = random.Random("string seed")
d = random.Random("string seed")
print(c.getrandbits(32) == d.getrandbits(32))
deck = list(range(52))
a.shuffle(deck)
print(len(deck), sorted(deck) == list(range(52)), deck != list(range(52)))
print(all(0 <= a.random() < 1 for _ in range(100)))
