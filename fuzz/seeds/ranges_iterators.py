big = range(10 ** 20)
print(big[-1], big[1:3], big[::-1][:2], 10 ** 19 in big, big.index(7), list(range(2 ** 64, 2 ** 64 + 3)))
r = range(-(2 ** 70), 0, 2 ** 68)
print(r, list(reversed(r)), r == range(-(2 ** 70), 1, 2 ** 68), hash(r), type(iter(r)).__name__)
for it in (iter([1]), iter("é"), iter({1: 2}.items()), iter(lambda: 0, 0)):
    print(type(it), list(it), it.__class__)
class Box:
    pass
b = Box()
for i in range(300):
    setattr(b, "name_%d" % i, i)
print(getattr(b, "name_299"))
