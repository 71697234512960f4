# datetime.timedelta: normalisation (floats rounded half to even once), reprs and strs,
# arithmetic with ints, floats and timedeltas, comparisons, limits and errors (not the
# operator TypeErrors, which CPython words with the C type's name, datetime.timedelta).
from datetime import timedelta as td

for args, kwargs in [((), {}), ((1,), {}), ((0, 5), {}), ((-1,), {}), ((0, 0, -1), {}),
                     ((), {'hours': 25, 'minutes': 61}), ((), {'weeks': 2, 'days': -3}),
                     ((1.5,), {}), ((0, 0.5), {}), ((), {'microseconds': 0.5}), ((), {'microseconds': 1.5}),
                     ((), {'milliseconds': 1.0005}), ((), {'seconds': -0.000001}), ((), {'minutes': 1 / 3}),
                     ((), {'days': 1e-9, 'seconds': 1e-7}), ((2, 90000, 2000000), {}), ((), {'hours': -1.25})]:
    value = td(*args, **kwargs)
    print(repr(value), str(value), value.days, value.seconds, value.microseconds, value.total_seconds())
a, b = td(days=1, hours=2), td(minutes=-30, microseconds=7)
print(a + b, a - b, b - a, -b, +a, abs(b), abs(-a))
print(a * 3, 3 * a, a * 0.5, b * -2.5, a * 1e-7, a / 7, a / 2.5, a / b, a // 4, a // b, a % b, divmod(a, b))
print(td(seconds=1) / 3, td(microseconds=5) / 2, td(microseconds=7) / 2, td(microseconds=-5) / 2, td(1) // td(hours=5))
print(a > b, a == td(hours=26), a != a, b < td(0), sorted([a, b, td(0)]), bool(td(0)), bool(b), td(0) == 0)
print(hash(td(hours=1)) == hash(td(seconds=3600)), len({td(1), td(hours=24), td(0)}))
print(td.min, td.max, td.resolution, repr(td.max))
for bad in [lambda: td(1000000000), lambda: td.max + td(microseconds=1), lambda: td('1'),
            lambda: td(seconds=None), lambda: td(1) / 0, lambda: td(1) // 0, lambda: td(1) / td(0)]:
    try:
        print('no error', bad())
    except (OverflowError, TypeError, ZeroDivisionError) as error:
        print(type(error).__name__, error)
