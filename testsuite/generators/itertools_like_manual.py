# Hand-written versions of common iterator tools.
def my_zip(*its):
    iters = [iter(i) for i in its]
    while True:
        try:
            yield tuple(next(i) for i in iters)
        except RuntimeError:
            return
def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(my_enumerate("abc", 1)), list(window([1, 2, 3, 4], 2)), list(pairwise("abcd")))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
