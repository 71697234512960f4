# datetime.datetime, time and timezone: construction, reprs, ISO strings both ways,
# strftime, arithmetic across offsets, comparisons naive and aware, timestamps in UTC.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC

dt = datetime(2024, 2, 29, 13, 5, 9, 250)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.isoformat(), dt.isoformat(' ', 'milliseconds'))
print(repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3)), repr(datetime(2020, 1, 2, 0, 0, 5)), datetime(2020, 1, 2))
print(dt.ctime(), dt.strftime('%Y-%m-%dT%H:%M:%S.%f %I%p %j %a %b %c %z %Z|'), f'{dt:%H:%M}', format(dt))
for spec in ['hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto']:
    print(spec, dt.isoformat(timespec=spec), datetime(2020, 1, 1).isoformat(timespec=spec), time(7, 8, 9, 123456).isoformat(spec))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold, dt.weekday())
print(dt + timedelta(days=1, hours=12), dt - timedelta(minutes=6), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.replace(year=2023, day=28), dt.replace(tzinfo=timezone.utc), datetime.combine(date(2020, 5, 17), time(8, 30)))
print(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=UTC)), datetime.combine(dt, time(1), tzinfo=timezone(timedelta(hours=2))))

# Time zones.
cet = timezone(timedelta(hours=1), 'CET')
ist = timezone(timedelta(hours=5, minutes=30))
west = timezone(-timedelta(hours=7, minutes=15, seconds=30))
print(repr(timezone.utc), repr(cet), repr(ist), str(cet), str(ist), str(west), str(UTC), timezone.utc is UTC)
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'Z')), timezone.min, timezone.max)
print(cet.utcoffset(None), cet.dst(None), ist.tzname(None), west.tzname(dt), cet == timezone(timedelta(hours=1)))
aware = datetime(2021, 6, 1, 12, 0, tzinfo=cet)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.isoformat(), aware.strftime('%z %Z'))
print(aware.astimezone(ist), aware.astimezone(UTC), aware.astimezone(west), aware.astimezone(timezone.utc).tzinfo)
print(aware == aware.astimezone(ist), aware - aware.astimezone(ist), aware - datetime(2021, 6, 1, 12, tzinfo=UTC))
print(aware < datetime(2021, 6, 1, 11, 30, tzinfo=UTC), aware.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp())
print(datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1700000000.5, UTC), datetime.fromtimestamp(-1.25, timezone.utc))
print(datetime.fromtimestamp(1234567890, cet), datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(1e9 + 0.0000005, UTC))
print(aware.utctimetuple()[:6], aware.timetuple()[:9], datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=UTC))
print(len({aware, aware.astimezone(ist), aware.astimezone(UTC)}), sorted([aware, datetime(2021, 6, 1, 10, 59, tzinfo=UTC)]))

# ISO strings.
for text in ['2011-11-04', '20111104', '2011-11-04T00:05:23', '2011-11-04T00:05:23Z', '20111104T000523',
             '2011-11-04 00:05:23.283', '2011-11-04 00:05:23.283+00:00', '2011-11-04T00:05:23+04:00',
             '2011-11-04T00:05', '2011-11-04T00', '2011-11-04T00:05:23.1234567-02:30']:
    value = datetime.fromisoformat(text)
    print(text, repr(value))
for text in ['04:23:01', '04:23:01.000384', '04:23', '04', 'T042301', '04:23:01+04:00', '04:23:01Z', '042301.5']:
    print(text, repr(time.fromisoformat(text)))

# time.
t = time(12, 34, 56, 789, tzinfo=ist)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.utcoffset(), t.tzname(), t.replace(hour=1, tzinfo=None), bool(time()))
print(time(1) < time(2), time(1, tzinfo=UTC) == time(2, tzinfo=timezone(timedelta(hours=1))), time.min, time.max, time.resolution)
print(t.strftime('%H:%M:%S.%f %z %p'), f'{time(23, 59):%I:%M %p}', time(5).isoformat('minutes'))


class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'EST'


est = datetime(2020, 3, 1, 9, tzinfo=Fixed())
print(est, est.tzname(), est.utcoffset(), est.astimezone(UTC), datetime(2020, 3, 1, 14, tzinfo=UTC).astimezone(Fixed()))
for bad in [lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 0, 60), lambda: datetime(2020, 1, 1, 0, 0, 60),
            lambda: datetime(2020, 1, 1, 0, 0, 0, 1000000), lambda: datetime(2020, 1, 1, tzinfo=1),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=UTC), lambda: datetime(2020, 1, 1) - aware,
            lambda: datetime.fromisoformat('2020-01-01T25:00'), lambda: datetime.fromisoformat('2020-01-01T'),
            lambda: time.fromisoformat('1:02'), lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
            lambda: datetime.max + timedelta(1), lambda: date(2020, 1, 1) < datetime(2020, 1, 1),
            lambda: time(1) < time(1, tzinfo=UTC), lambda: dt.isoformat(timespec='nanoseconds'),
            lambda: datetime(2020, 1, 1, fold=2), lambda: tzinfo().utcoffset(None)]:
    try:
        print('no error', bad())
    except (ValueError, TypeError, OverflowError, NotImplementedError) as error:
        print(type(error).__name__, error)
print(date(2020, 1, 1) == datetime(2020, 1, 1), isinstance(dt, date), issubclass(timezone, tzinfo))
