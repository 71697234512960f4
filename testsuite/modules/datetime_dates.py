# datetime.date: validation, ordinals over the whole range, weekdays, ISO calendar, ISO
# strings, strftime, arithmetic and comparisons.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

d = date(2002, 12, 4)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.isocalendar().week, tuple(d.isocalendar()), d.isoformat(), d.ctime(), format(d), f'{d:%d/%m/%Y}')
for ordinal in [1, 2, 59, 60, 365, 366, 730119, 730120, 146097, 146098, 36524, 36525, 1461, 693594, 738000, 3652059]:
    value = date.fromordinal(ordinal)
    print(ordinal, value, value.toordinal() == ordinal, value.weekday())
for year in [1, 4, 100, 400, 1900, 2000, 2004, 2019, 2020, 2021, 2024, 2026, 9999]:
    for month, day in [(1, 1), (1, 4), (2, 28), (12, 28), (12, 29), (12, 31)]:
        value = date(year, month, day)
        iso = value.isocalendar()
        print(value, iso, date.fromisocalendar(*iso) == value, value.strftime('%j %U %W %a %A %b %B %w'))
print(date(2020, 2, 29) + timedelta(365), date(2021, 3, 1) - timedelta(days=1), date(2000, 1, 1) - date(1999, 1, 1))
print(timedelta(1) + date(2020, 12, 31), date(2020, 1, 1) + timedelta(hours=47), date(2020, 1, 1) - timedelta(seconds=1))
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), sorted([date(2021, 1, 1), date(2020, 6, 1)]))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, d.replace(year=2010), d.replace(day=31))
print(date.fromisoformat('2019-12-04'), date.fromisoformat('20191204'), date.fromisocalendar(2020, 53, 7))
print(d.timetuple()[:9], d.strftime('%Y-%m-%d %H:%M:%S %% %y %c|%x|%X|%p'), date(5, 1, 1).strftime('%Y %y'))
print(isinstance(d, date), type(d).__name__, datetime.date is date)
for bad in [lambda: date(2021, 2, 29), lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2020, 1, 0),
            lambda: date(10000, 1, 1), lambda: date(2020.0, 1, 1), lambda: date('2020', 1, 1),
            lambda: date.fromordinal(0), lambda: date.fromisoformat('2020-1-01'), lambda: date.fromisoformat('2020/01/01'),
            lambda: date.fromisoformat(20200101), lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
            lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 1, 8)]:
    try:
        print('no error', bad())
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__, error)
