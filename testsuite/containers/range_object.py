# range objects.
r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 5 in r, 6 in r, r.index(8), r.count(5))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(0, -5, -2)))
print(range(10) == range(0, 10), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
print(repr(range(3)), repr(range(1, 5, 2)), r.start, r.stop, r.step)
print(len(range(0, 10 ** 6, 7)), range(0, 10 ** 6, 7)[-1])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(7)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
