# The frozen number and time modules: exact fractions, statistics, datetime arithmetic.
from fractions import Fraction as F
import statistics, datetime, cmath, colorsys
x = F('3/7') ** 3 - F(1.5) / 2 + 1
print(x, float(x), round(x, 3), x.limit_denominator(10), hash(x))
print(statistics.mean([1, 2.5, F(1, 3)]), statistics.stdev([1e300, 1, -1e300]), statistics.quantiles(range(9)))
d = datetime.datetime(2024, 2, 29, 23, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))
print(d + datetime.timedelta(minutes=1), d.astimezone(datetime.UTC), d.isocalendar(), d.strftime('%c %z %j'))
print(datetime.datetime.fromisoformat('2011-11-04T00:05:23.283+04:00'), datetime.timedelta(days=1.5) / 7)
print(cmath.sqrt(-4 - 0j), cmath.log(0.5j, 2), colorsys.hsv_to_rgb(0.3, 0.5, 0.9))
