# itertools: chain, zip_longest, accumulate, groupby, takewhile, dropwhile, starmap, compress, tee, filterfalse.
from itertools import chain, zip_longest, accumulate, groupby, takewhile, dropwhile, starmap, compress, tee, filterfalse
import operator
print(list(chain([1, 2], "ab", range(2))), list(chain.from_iterable([[1], [2, 3]])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby(sorted([5, 1, 15, 22, 3]), key=lambda x: x // 10)])
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1])), list(filterfalse(None, [0, 1, "", "x"])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
