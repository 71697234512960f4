# range with bounds beyond 64 bits: items, membership, index, slices, reversal, equality and
# hashing with the ranges of machine words, the longrange_iterator class.
big = range(10 ** 20)
print(big, big[-1], 10 ** 19 in big, big[10 ** 19], big.index(12345), range(-(2 ** 70), 0, 2 ** 68)[1])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(2 ** 62, 2 ** 62 + 5)), list(range(2 ** 64, 2 ** 64 + 3)))
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, len(r), list(r), list(reversed(r)), r.start, r.stop, r.step, bool(r), bool(range(2**70, 0)))
print(range(0, 10 ** 20, 10 ** 20) == range(0, 1), hash(range(0, 10 ** 20, 10 ** 20)) == hash(range(0, 1)))
print(r == range(2 ** 64, 2 ** 64 + 10, 3), r != range(2 ** 64, 2 ** 64 + 11, 3), hash(r) == hash(range(2 ** 64, 2 ** 64 + 12, 3)))
print(2 ** 64 + 3 in r, 2 ** 64 + 4 in r, 10 ** 30 in range(5), 3.0 in r, type(iter(r)).__name__, r.count(2 ** 64), r.count(5))
print(list(range(10 ** 20, 10 ** 20 - 7, -3)), range(True, 3), range(10 ** 20)[-(10 ** 20)])
for bad in [lambda: range(10 ** 20)[10 ** 20], lambda: range(0, 10 ** 20, 0), lambda: r.index(5), lambda: range(1.5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print({r: 1}[range(2 ** 64, 2 ** 64 + 10, 3)], sum(1 for _ in range(2 ** 80, 2 ** 80 + 1000)))
big = range(10 ** 20)
print(big[1:3], big[::-1], big[10 ** 19::10 ** 18], big[-5:], big[:-(10 ** 19):7][-1], range(-5, 2 ** 64, 3)[::-2])
print(range(2 ** 62, 2 ** 63 - 1)[::-1][:3], range(0, 2 ** 63 - 1, 2 ** 62)[5:0:-1], len(range(-(2 ** 63), 2 ** 63 - 1)[:: 2 ** 62]))
print(big[5:1], big[2 ** 70:], range(0, -(10 ** 20), -3)[1::2])
try:
    big[::0]
except ValueError as e:
    print(e)
