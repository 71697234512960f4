# itertools edge cases: empty inputs, generators, pairwise.
from itertools import product, permutations, combinations, chain, islice, pairwise, accumulate, groupby
print(list(product()), list(product([])), list(permutations([])), list(combinations([], 0)), list(chain()))
print(list(pairwise([1, 2, 3, 4])), list(pairwise("a")), list(accumulate([])))
gen = (x * x for x in range(10))
print(list(islice(gen, 3)), next(gen), list(islice(gen, 1, None, 2)))
print([list(g) for _, g in groupby([])], [k for k, _ in groupby([1, 1, 2, 1])])
print(list(permutations("aab", 2)), len(list(combinations(range(10), 5))))
