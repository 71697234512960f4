# time: struct_time shape, mktime inverse of gmtime (UTC), strftime directives, asctime.
import time
t = time.gmtime(1e9)
print(t)
print(t.tm_year, t[0], t[:3], len(t), isinstance(t, tuple), t == tuple(t))
print(time.strftime("%A %B %d %y %I:%M %p %w %%", t))
print(time.asctime(t), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
for ts in [0, 68169600, 951868800, 4102444800, 1700000000]:
    g = time.gmtime(ts)
    print(ts, tuple(g), time.strftime("%Y-%m-%d %j", g), time.strftime("%H:%M:%S", g))
print(time.strftime("%Y", (1999, 12, 31, 23, 59, 59, 4, 365, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (2020, 1, 1)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
