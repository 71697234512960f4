# itertools.tee: copies read independently, however far one lags behind the others.
import itertools

a, b = itertools.tee(range(1000))
print(sum(a), sum(b))
a, b, c = itertools.tee(iter("abcdefghij" * 30), 3)
print(next(a), "".join(itertools.islice(b, 5)), len(list(a)), next(b), len(list(c)), len(list(b)))
x, y = itertools.tee(n * n for n in range(200))
first = [next(x) for _ in range(150)]
print(first[-1], next(y), list(y)[-3:], list(x)[:3])
print([list(t) for t in itertools.tee([], 2)], [list(t) for t in itertools.tee([1, 2], 3)], itertools.tee("ab", 0))
