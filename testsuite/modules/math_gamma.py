# math.gamma and math.lgamma: exact factorials, the recurrence and reflection identities to
# a few ulps over the whole range, CPython's special values and errors. (Pyrite computes
# them with its own Stirling-series code, stdlib/src/modules/math/gamma.rs.)
import math

print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 24)].count(True))
print(math.gamma(1), math.gamma(2), math.lgamma(1), math.lgamma(2), math.gamma(24) == 23 * math.gamma(23))
print(math.isclose(math.gamma(0.5), math.sqrt(math.pi), rel_tol=4e-16))
print(math.isclose(math.lgamma(0.5), math.log(math.pi) / 2, rel_tol=1e-15))


def ok(a, b, tol=5e-15):
    return math.isclose(a, b, rel_tol=tol)


xs = [i / 7 + 0.013 for i in range(-1150, 1190, 13)] + [1e-9, 3e-300, 0.25, 0.75, 1.25, 1.75, 2.5, 9.99, 10.01]
bad = [x for x in xs if not ok(math.gamma(x + 1), x * math.gamma(x), 2e-14)]
print("recurrence", len(xs), bad)
bad = [x for x in xs if abs(x) < 25 and not ok(math.gamma(x) * math.gamma(1 - x), math.pi / math.sin(math.pi * x), 1e-13)]
print("reflection", bad)
bad = [x for x in xs if abs(math.gamma(x)) > 1e-300 and not ok(math.lgamma(x), math.log(abs(math.gamma(x))), 1e-13)]
print("log", bad)
print(ok(math.lgamma(1e6), 12815504.569147613), ok(math.lgamma(1e300), 6.897755278982137e302))
print(ok(math.lgamma(-0.5), 1.2655121234846454), ok(math.gamma(-0.5), -3.5449077018110318))
print(math.gamma(-200.5) == 0, math.copysign(1, math.gamma(-200.5)), math.copysign(1, math.gamma(-201.5)))
print(math.gamma(float("inf")), math.lgamma(float("inf")), math.lgamma(float("-inf")))
print(math.isnan(math.gamma(float("nan"))), math.isnan(math.lgamma(float("nan"))))
for f, x in [(math.gamma, 0), (math.gamma, -0.0), (math.gamma, -3), (math.gamma, float("-inf")),
             (math.gamma, 171.7), (math.gamma, 1e300), (math.gamma, 5e-324), (math.lgamma, 0),
             (math.lgamma, -7), (math.lgamma, 1e306), (math.gamma, "x")]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, x, type(e).__name__, e)
