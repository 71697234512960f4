# itertools edge cases: argument errors, lazy groupby groups, tee fan-out, islice steps.
from itertools import (count, cycle, repeat, chain, islice, product, permutations, combinations,
                       combinations_with_replacement, zip_longest, accumulate, groupby, tee,
                       starmap, takewhile, dropwhile, filterfalse, compress, pairwise)
for bad in [lambda: islice([], -1), lambda: islice([], 0, -2), lambda: islice([], 0, 5, 0),
            lambda: count("a"), lambda: list(permutations([1], -1)), lambda: product([1], repeat=-1),
            lambda: tee([], -1)]:
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(islice(count(5, -2), 4)), list(islice(cycle([]), 3)), list(repeat(1, 0)), list(repeat(1, -3)))
print(list(product("ab", repeat=0)), list(product("ab", "")), list(combinations_with_replacement(range(3), 0)))
print(list(permutations(range(4), 1)), list(combinations("abc", 0)), list(combinations_with_replacement("", 2)))
g = groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2), [k for k, _ in g])
a, b, c = tee(range(4), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(list(zip_longest([1, 2], "abc", [True])), list(accumulate([1, 2, 3], initial=100)), list(accumulate("abc")))
print(list(starmap(max, [(1, 5), (7, 2)])), list(takewhile(bool, [])), list(dropwhile(bool, [1, 0, 2])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(compress(range(5), [0, 1])), list(pairwise(range(3))))
print(list(chain.from_iterable(["ab", "", "c"])), list(islice(chain(count()), 3)), list(zip(count(), "xy")))
it = iter(range(10))
print(list(islice(it, 2, 6, 2)), next(it), list(islice(it, 0)), next(it))
