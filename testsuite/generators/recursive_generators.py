# Recursive generators: permutations, tree walks, and flattening.
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(perms("abc")), sum(1 for _ in perms(list(range(5)))))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, (2, [3, [4, (5,)]]), [], 6])))
def subsets(items):
    if not items:
        yield ()
        return
    for s in subsets(items[1:]):
        yield s
        yield (items[0],) + s
print(sorted(subsets((1, 2, 3))))
