# itertools: count, cycle, repeat, islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(7), 2)))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", 3)), list(islice("abc", None)))
print(list(map(pow, range(5), repeat(2))))
try:
    islice("abc", -1)
except ValueError as e:
    print(type(e).__name__)
