# range slices are CPython's: the slice's indices (slice.indices(len)) mapped through the
# range, so their stops are the same numbers; count and index of a float equal to an item.
print(range(10)[::-3], range(3)[::10**30], range(10)[1:-1:4], range(0, 20, 3)[::-2])
print(range(10)[-100:100:-1], range(5)[10:], range(5)[:-10], range(0, 10, 2)[::-1])
print(list(range(10)[::-3]), range(10)[3:1], range(5)[::-1][::-1], range(-5, 5, 3)[::-1])
print(range(2**70)[::-3], range(2**70)[5:1:-2], range(10**20, 0, -7)[2:-2:3])
print(range(10).count(1.0), range(10).index(3.0), range(10).count(1.5), range(0, 10, 2).index(4.0))
try:
    range(10).index(2.5)
except ValueError as e:
    print("ValueError", e)
