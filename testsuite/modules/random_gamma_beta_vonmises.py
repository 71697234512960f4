# gammavariate, betavariate and vonmisesvariate draw from the generator as CPython's do, so a
# seed gives CPython's values (compared to 10 digits: the last digit may differ, as math's);
# their argument errors.
import random
random.seed(12345)
for a, b in [(0.5, 1.0), (1.0, 2.0), (2.5, 0.5), (9.0, 3.0), (0.01, 1.0), (100.0, 1.0)]:
    print("gamma", a, b, [round(random.gammavariate(a, b), 10) for _ in range(5)])
for a, b in [(0.5, 0.5), (2.0, 5.0), (1.0, 1.0), (0.1, 3.0)]:
    print("beta", a, b, [round(random.betavariate(a, b), 10) for _ in range(5)])
for mu, k in [(0.0, 0.0), (1.0, 4.0), (-2.0, 0.5), (3.0, 1e-7), (10.0, 50.0)]:
    print("vonmises", mu, k, [round(random.vonmisesvariate(mu, k), 10) for _ in range(5)])
r = random.Random(7)
print(round(r.gammavariate(alpha=3, beta=2), 10), round(r.betavariate(alpha=2, beta=3), 10),
      round(r.vonmisesvariate(mu=1, kappa=2), 10))
for bad in [(0, 1), (1, 0), (-1, 1), (1, -2)]:
    for f in (random.gammavariate, random.betavariate):
        try:
            f(*bad)
        except ValueError as e:
            print(f.__name__, bad, "ValueError:", e)
for call in ["random.gammavariate(1)", "random.vonmisesvariate()", "random.betavariate(1, 2, 3)",
             "random.gammavariate('a', 1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError")
