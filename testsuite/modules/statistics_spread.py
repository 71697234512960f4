# statistics' spread: exact variances (rounded once), correctly rounded standard
# deviations, given means, covariance, correlation and linear regression, and their errors.
import statistics as st
from fractions import Fraction as F

samples = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4, 5],
    [1, 3],
    [0.1, 0.2, 0.3, 0.4],
    [1e15 + 1, 1e15 + 2, 1e15 + 3],
    [F(1, 3), F(1, 2), F(5, 6)],
    [23.5, 24.1, 22.9, 23.3, 24.0, 23.7],
    [5, 5, 5],
    [10 ** 20, 10 ** 20 + 1],
    list(range(1000)),
    [0.0, 1e-300, 2e-300],
]
for data in samples:
    results = [st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data)]
    print(*[repr(r) for r in results], *[type(r).__name__ for r in results])
data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
mean = st.mean(data)
print(st.variance(data, mean), st.pvariance(data, mean), st.stdev(data, 2.75), st.pstdev(data, mu=3))
print(st.pvariance([7]), st.pstdev([7.5]), st.variance(iter([1, 2, 4])), st.pstdev(x / 4 for x in range(9)))
print(st.variance([1.0, float('inf')]), st.pvariance([float('nan'), 1.0]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y), st.covariance([1.5, 2.5], [3.0, 1.0]))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), round(st.correlation([1, 2, 4], [2, 3, 7]), 12))
fit = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(fit, fit.slope, round(fit.intercept, 6), type(fit).__name__, fit._fields)
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
errors = [
    lambda: st.variance([1]), lambda: st.variance([]), lambda: st.pvariance([]), lambda: st.stdev([3]),
    lambda: st.pstdev([]), lambda: st.variance(['a', 'b']), lambda: st.covariance([1, 2], [1]),
    lambda: st.covariance([1], [1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([1, 2, 3], [1, 2]),
    lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.linear_regression([1], [2]),
    lambda: st.linear_regression([1, 2], [1, 2, 3]), lambda: st.variance([1, 2j]),
]
for error in errors:
    try:
        print('no error', error())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
