# statistics' averages: exact means with the data's type, medians, modes, quantiles, and
# their errors.
import statistics as st
from fractions import Fraction as F

samples = [
    [1, 2, 3, 4],
    [1, 2, 3],
    [0.1, 0.2, 0.3],
    [1e20, 1.0, -1e20],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [F(1, 3), F(2, 3), F(3, 4)],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    [-1, -2, 7],
    [10 ** 30, 3],
    list(range(1, 101)),
    [23.5, 24.1, 22.9, 23.3, 24.0, 23.7],
]
for data in samples:
    mean = st.mean(data)
    print(repr(mean), type(mean).__name__, st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mean(iter([1, 2, 4])), st.mean(x * 0.5 for x in range(5)), st.mean((3,)))
print(st.mean([1.0, float('inf')]), st.mean([float('inf'), float('-inf')]), st.mean([1, float('nan')]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.fmean(iter([1, 2])))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([2.0, 8.0]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]), st.harmonic_mean([1.5, 0.0]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([1]), st.median_grouped([2.5, 2.5, 3.5], 0.5))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode([5, 6]))
print(st.multimode('aabbbbbbbbcc'), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.quantiles(range(10), n=1), st.quantiles([F(1), F(2), F(4)], n=2))
errors = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]),
    lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.mode([]),
    lambda: st.geometric_mean([1, -1]), lambda: st.geometric_mean([]), lambda: st.harmonic_mean([]),
    lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([-3]), lambda: st.harmonic_mean([1, 2], weights=[1]),
    lambda: st.harmonic_mean([1, 2], weights=[0, 0]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method='other'), lambda: st.mean(['a']), lambda: st.mean([1, 'a']),
    lambda: st.median_grouped(['a', 'b']), lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1], weights=[0]),
    lambda: st.harmonic_mean(['x']), lambda: st.mode([[1], [1]]),
]
for error in errors:
    try:
        print('no error', error())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
