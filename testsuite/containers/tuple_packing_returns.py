# Tuples for multiple return values and swaps; named access via index.
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
pairs = [(2, "b"), (1, "a"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs))
points = [(0, 0), (3, 4), (1, 1)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
t = 1, 2, 3
print(t, type(t).__name__, t[::-1])
