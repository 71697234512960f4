# datetime: dates, times and durations, written for Pyrite from the CPython 3.11
# documentation (library/datetime.html). Proleptic Gregorian calendar, day 1 = 0001-01-01;
# durations are whole microseconds. Local time is the port's (`time.localtime`: UTC on a
# board). Not here: local time zones beyond what `time` knows.

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAX_DAYS = 999999999
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')



def _type_name(self):
    # As CPython's C types: `datetime.date` for this module's classes, a subclass's own name.
    cls = self.__class__
    return ('datetime.' if cls.__module__ == 'datetime' else '') + cls.__name__

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ordinal(year, month, day):
    days = _days_before_year(year) + day
    for m in range(1, month):
        days += _days_in_month(year, m)
    return days


def _from_ordinal(n):
    # (year, month, day) of day n: whole 400-, 100-, 4- and 1-year cycles, then months.
    n -= 1
    cycles, n = divmod(n, 146097)
    year = cycles * 400 + 1
    centuries, n = divmod(n, 36524)
    if centuries == 4:
        return year + 399, 12, 31
    quads, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    if years == 4:
        return year + centuries * 100 + quads * 4 + 3, 12, 31
    year += centuries * 100 + quads * 4 + years
    month = 1
    while n >= _days_in_month(year, month):
        n -= _days_in_month(year, month)
        month += 1
    return year, month, n + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, tzinfo, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if tzinfo is not None and not isinstance(tzinfo, _lazy('tzinfo')):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                        % type(tzinfo).__name__)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _lazy(name):
    # A class another section defines, compiling that section if it has not run yet (a
    # section's code finds only the head's names and its own otherwise).
    import sys
    return getattr(sys.modules['datetime'], name)


class _Ordered:
    # Comparisons from one `_compare(other, equality)`: None for "not comparable"
    # (NotImplemented), 2 for "unequal whatever the order" (naive against aware, for ==),
    # else -1, 0 or 1.
    __slots__ = ()

    def __eq__(self, other):
        result = self._compare(other, True)
        return NotImplemented if result is None else result == 0

    def __lt__(self, other):
        result = self._compare(other, False)
        return NotImplemented if result is None else result < 0

    def __le__(self, other):
        result = self._compare(other, False)
        return NotImplemented if result is None else result <= 0

    def __gt__(self, other):
        result = self._compare(other, False)
        return NotImplemented if result is None else result > 0

    def __ge__(self, other):
        result = self._compare(other, False)
        return NotImplemented if result is None else result >= 0


# The clock fields `time` and `datetime` share.
_HOUR = property(lambda self: self._hour)
_MINUTE = property(lambda self: self._minute)
_SECOND = property(lambda self: self._second)
_MICROSECOND = property(lambda self: self._microsecond)
_TZINFO = property(lambda self: self._tzinfo)
_FOLD = property(lambda self: self._fold)


def _clock(hours, minutes, seconds, microseconds, timespec):
    # 'HH:MM:SS[.ffffff]' cut to `timespec`.
    if timespec == 'auto':
        timespec = 'microseconds' if microseconds else 'seconds'
    if timespec == 'hours':
        return '%02d' % hours
    if timespec == 'minutes':
        return '%02d:%02d' % (hours, minutes)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hours, minutes, seconds)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hours, minutes, seconds, microseconds // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hours, minutes, seconds, microseconds)
    raise ValueError('Unknown timespec value')


def _offset_text(offset, separator=':'):
    # '+HH:MM[:SS[.ffffff]]' for a UTC offset (a timedelta), '' for None.
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hours, separator, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (separator, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _ask_zone(value, name, argument):
    # `value.tzinfo.<name>(argument)`, checked as CPython does; None when `value` is naive.
    if value._tzinfo is None:
        return None
    answer = getattr(value._tzinfo, name)(argument)
    if name == 'tzname':
        if answer is not None and not isinstance(answer, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(answer).__name__)
    else:
        _check_offset(name, answer)
    return answer


def _order(a, b, mine, theirs, same_zone, equality, what):
    # Compares clock readings a and b (microseconds) whose UTC offsets are mine and theirs:
    # -1, 0 or 1; 2 for "unequal" when one is naive and the other aware and only equality
    # is asked (ordering them is a TypeError). One shared tzinfo needs no offsets.
    if (mine is None) != (theirs is None):
        if equality:
            return 2
        raise TypeError("can't compare offset-naive and offset-aware %s" % what)
    if mine is not None and not same_zone:
        a -= mine._total()
        b -= theirs._total()
    return (a > b) - (a < b)


def _zone_of(value):
    # (utcoffset, tzname) for strftime's %z and %Z; None when naive.
    if value._tzinfo is None:
        return None
    return (value.utcoffset(), value.tzname())


def _check_offset(name, offset):
    if offset is None:
        return
    timedelta = _lazy('timedelta')
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % (offset,))


#- timedelta
class timedelta(_Ordered):
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # CPython's sum: in microseconds, a float's whole part exactly and the rest of it
        # times its scale in floating point, the fractions of microseconds added up apart
        # and rounded once, half to even (the same float arithmetic, the same results).
        total, leftover = 0, 0.0
        for value, scale in ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000),
                             (minutes, 60000000), (hours, 3600000000), (days, 86400000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                total += value * scale
            elif isinstance(value, float):
                whole = _trunc(value)
                total += int(whole) * scale
                if value != whole:
                    part = (value - whole) * scale
                    whole = _trunc(part)
                    total += int(whole)
                    leftover += part - whole
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (_COMPONENTS[scale], type(value).__name__))
        if leftover:
            rounded = _c_round(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total & 1
                rounded = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        if abs(days) > _MAX_DAYS:
            raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._total() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            text = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._total() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(self._total(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(d * self._total(), n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other, equality):
        if isinstance(other, timedelta):
            a, b = self._total(), other._total()
            return (a > b) - (a < b)
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


_COMPONENTS = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds',
               1000: 'milliseconds', 60000000: 'minutes', 3600000000: 'hours',
               604800000000: 'weeks'}


def _trunc(x):
    # math.trunc of a float, as a float; infinities and NaN (and floats too big for a
    # fraction) stay as they are, for int() to refuse as CPython does.
    if not -1e300 < x < 1e300:
        return x
    return x - x % 1.0 if x >= 0 else -(-x - -x % 1.0)


def _c_round(x):
    # C's round(): halves away from zero.
    whole = _trunc(x)
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _round_half_even(numerator, denominator):
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(days=_MAX_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


#- date IsoCalendarDate
from datetime import timedelta


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.%s(year=%d, week=%d, weekday=%d)' % (
            (self.__class__.__name__,) + tuple(self))


def _iso_week1_monday(year):
    first = _ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


class date(_Ordered):
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ordinal(MAXYEAR, 12, 31):
            raise ValueError('ordinal must be >= 1')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _lazy('_parse_date')(date_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        weeks = 52
        if not 0 < week <= 52:
            first_weekday = (_ordinal(year, 1, 1) + 6) % 7
            if first_weekday == 3 or (first_weekday == 2 and _is_leap(year)):
                weeks = 53
            if not 0 < week <= weeks:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week, day = divmod(today - _iso_week1_monday(year), 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year,
                                            self._month, self._day)

    def ctime(self):
        return self.strftime('%a %b ') + '%2d 00:00:00 %04d' % (self._day, self._year)

    def _yday(self):
        return self.toordinal() - _ordinal(self._year, 1, 1) + 1

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def strftime(self, fmt):
        return _lazy('_format')(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                                self.weekday(), self._yday(), None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _ordinal(MAXYEAR, 12, 31):
                return type(self).fromordinal(n)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not hasattr(other, '_hour'):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, equality):
        # A datetime (which has a clock) is not comparable with a plain date.
        if isinstance(other, date) and not hasattr(other, '_hour'):
            a, b = self._key(), other._key()
            return (a > b) - (a < b)
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


#- tzinfo timezone UTC
from datetime import timedelta


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, _lazy('datetime')):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        if name is None and not offset and cls is timezone and _UTC:
            return _UTC[0]
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, _lazy('datetime')):
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def dst(self, dt):
        if dt is None or isinstance(dt, _lazy('datetime')):
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def tzname(self, dt):
        if dt is None or isinstance(dt, _lazy('datetime')):
            if self._name is not None:
                return self._name
            if not self._offset:
                return 'UTC'
            return 'UTC' + _offset_text(self._offset)
        raise TypeError('tzname() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, _lazy('datetime')):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


_UTC = []
timezone.utc = timezone(timedelta(0))
_UTC.append(timezone.utc)
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


#- time
from datetime import timedelta, tzinfo


class time(_Ordered):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time(hour, minute, second, microsecond, tzinfo, fold)
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = _HOUR
    minute = _MINUTE
    second = _SECOND
    microsecond = _MICROSECOND
    tzinfo = _TZINFO
    fold = _FOLD

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _lazy('_parse_time')(time_string[1:] if time_string[:1] == 'T' else time_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % time_string) from None
        return cls(*fields)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def utcoffset(self):
        return _ask_zone(self, 'utcoffset', None)

    def dst(self):
        return _ask_zone(self, 'dst', None)

    def tzname(self):
        return _ask_zone(self, 'tzname', None)

    def isoformat(self, timespec='auto'):
        return _clock(self._hour, self._minute, self._second, self._microsecond,
                      timespec) + _offset_text(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_name(self), text)

    def strftime(self, fmt):
        return _lazy('_format')(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                                self._microsecond, 0, 1, _zone_of(self))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _micros(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + \
            self._microsecond

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return None
        return _order(self._micros(), other._micros(), self.utcoffset(), other.utcoffset(),
                      False, equality, 'times')

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            micros = self._micros() - (offset._total() if offset else 0)
            self._hashcode = hash(micros)
        return self._hashcode


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


#- datetime
from datetime import date, time, timedelta, timezone, tzinfo


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        self = date.__new__(cls, year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time(hour, minute, second, microsecond, tzinfo, fold)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = _HOUR
    minute = _MINUTE
    second = _SECOND
    microsecond = _MICROSECOND
    tzinfo = _TZINFO
    fold = _FOLD

    @classmethod
    def _from_seconds(cls, t, utc, tz):
        # The datetime `t` seconds after the epoch (rounded half even to microseconds): as
        # UTC fields, or as the port's local time.
        whole = int(t // 1) if isinstance(t, float) else t
        micros = round((t - whole) * 1000000) if isinstance(t, float) else 0
        if micros >= 1000000:
            whole += 1
            micros -= 1000000
        fields = _time.gmtime(whole) if utc else _time.localtime(whole)
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], min(fields[5], 59),
                   micros, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                            % type(tz).__name__)
        if tz is None:
            return cls._from_seconds(t, False, None)
        return tz.fromutc(cls._from_seconds(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_seconds(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _lazy('date')):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _lazy('time')):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def strptime(cls, date_string, format):
        # _strptime reads the fields; %z's offset comes as (seconds, microseconds), and %Z's
        # name names it.
        from _strptime import datetime_fields
        *fields, offset, zone = datetime_fields(date_string, format)
        if offset is not None:
            delta = timedelta(seconds=offset[0], microseconds=offset[1])
            offset = timezone(delta, zone) if zone else timezone(delta)
        return cls(*fields, offset)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            # The date's own length decides where it ends; any one character may follow it
            # before the time (as in CPython 3.11).
            if date_string[4:5] == '-':
                if date_string[5:6] == 'W':
                    size = 10 if date_string[8:9] == '-' else 8
                else:
                    size = 10
            elif date_string[4:5] == 'W':
                size = 8 if date_string[7:8].isdigit() else 7
            else:
                size = 8
            if len(date_string) > size:
                day_part, time_part = date_string[:size], date_string[size + 1:]
            else:
                day_part, time_part = date_string, None
            fields = _lazy('_parse_date')(day_part)
            clock = (0, 0, 0, 0, None) if time_part is None else _lazy('_parse_time')(time_part)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(*fields, *clock)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def utcoffset(self):
        return _ask_zone(self, 'utcoffset', self)

    def dst(self):
        return _ask_zone(self, 'dst', self)

    def tzname(self):
        return _ask_zone(self, 'tzname', self)

    def _micros(self):
        # Microseconds since 0001-01-01 00:00 of the fields, the offset not applied.
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 +
                self._second) * 1000000 + self._microsecond

    @classmethod
    def _from_micros(cls, micros, tz):
        days, rest = divmod(micros, 86400000000)
        if not 1 <= days <= _ordinal(MAXYEAR, 12, 31):
            raise OverflowError('date value out of range')
        seconds, microsecond = divmod(rest, 1000000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return cls(*_from_ordinal(days), hour, minute, second, microsecond, tz)

    def timestamp(self):
        offset = self.utcoffset()
        if offset is not None:
            return (self._micros() - offset._total() - _EPOCH_MICROS) / 10 ** 6
        local = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                              self._second, -1, -1, -1))
        return local + self._microsecond / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        offset = self.utcoffset()
        if offset is None:
            # A naive datetime is the port's local time (UTC on a board): its offset is the
            # local fields less the UTC fields of the same instant.
            seconds = _time.mktime((self._year, self._month, self._day, self._hour,
                                    self._minute, self._second, -1, -1, -1))
            utc = _time.gmtime(seconds)
            offset = self.replace(microsecond=0, tzinfo=None) - datetime(*utc[:6])
        utc = type(self)._from_micros(self._micros() - offset._total(), tz)
        return tz.fromutc(utc)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), self._yday(),
                                  flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        value = self
        if offset:
            value = type(self)._from_micros(self._micros() - offset._total(), None)
        return _time.struct_time((value._year, value._month, value._day, value._hour,
                                  value._minute, value._second, value.weekday(),
                                  value._yday(), 0))

    def isoformat(self, sep='T', timespec='auto'):
        return '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _clock(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _offset_text(self.utcoffset())

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ', '.join('%d' % field for field in fields)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_name(self), text)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month - 1][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _lazy('_format')(fmt, self._year, self._month, self._day, self._hour,
                                self._minute, self._second, self._microsecond, self.weekday(),
                                self._yday(), _zone_of(self))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_micros(self._micros() + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            difference = self._micros() - other._micros()
            if mine is not None and self._tzinfo is not other._tzinfo:
                difference -= mine._total() - theirs._total()
            return timedelta._from_microseconds(difference)
        return NotImplemented

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return 2
                raise TypeError("can't compare datetime.%s to datetime.%s"
                                % (type(self).__name__, type(other).__name__))
            return None
        return _order(self._micros(), other._micros(), self.utcoffset(), other.utcoffset(),
                      self._tzinfo is other._tzinfo, equality, 'datetimes')

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            self._hashcode = hash(self._micros() - (offset._total() if offset else 0))
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_MICROS = datetime(1970, 1, 1)._micros()


#- _format
def _format(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday, zone):
    # strftime in the C locale: %f, %z and %Z are datetime's own (zone is (utcoffset,
    # tzname) or None), the rest is time.strftime's, as CPython does it.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i == n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'f':
            out.append('%06d' % microsecond)
        elif c == 'z':
            out.append('' if zone is None else _offset_text(zone[0], ''))
        elif c == 'Z':
            out.append('' if zone is None or zone[1] is None else zone[1].replace('%', '%%'))
        else:
            out.append('%' + c)
    return _time.strftime(''.join(out), (year, month, day, hour, minute, second, weekday,
                                         yday, -1))


#- _parse_time _parse_date _parse_digits
def _parse_digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_time(text):
    # (hour, minute, second, microsecond, tzinfo) from 'HH[:MM[:SS[.f…]]]' or the compact
    # 'HH[MM[SS[.f…]]]', then 'Z' or a UTC offset '±HH[:MM[:SS[.ffffff]]]'.
    zone = None
    for at in range(len(text)):
        if text[at] in '+-Z':
            text, zone_text = text[:at], text[at:]
            timezone, timedelta = _lazy('timezone'), _lazy('timedelta')
            if zone_text == 'Z':
                zone = timezone.utc
            else:
                hours, minutes, seconds, micros, inner = _parse_time(zone_text[1:])
                if inner is not None:
                    raise ValueError
                offset = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                                   microseconds=micros)
                zone = timezone(-offset if zone_text[0] == '-' else offset)
            break
    fraction = None
    for separator in '.,':
        if separator in text:
            text, fraction = text.split(separator, 1)
    if ':' in text:
        parts = text.split(':')
    else:
        parts = [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or (fraction is not None and len(parts) != 3) or \
            any(len(part) != 2 for part in parts):
        raise ValueError
    values = [_parse_digits(part, 0, 2) for part in parts] + [0, 0]
    micros = 0
    if fraction is not None:
        if not fraction or not fraction.isdigit() or not fraction.isascii():
            raise ValueError
        micros = int(fraction[:6].ljust(6, '0'))
    return values[0], values[1], values[2], micros, zone


def _parse_date(text):
    if 'W' not in text:
        if len(text) == 10 and text[4] == '-' and text[7] == '-':
            return (_parse_digits(text, 0, 4), _parse_digits(text, 5, 2), _parse_digits(text, 8, 2))
        if len(text) == 8:
            return (_parse_digits(text, 0, 4), _parse_digits(text, 4, 2), _parse_digits(text, 6, 2))
        raise ValueError
    # An ISO week date: YYYY-Www[-D] or YYYYWww[D] (Monday when no day is given).
    year = _parse_digits(text, 0, 4)
    dash = text[4:5] == '-'
    rest = text[5:] if dash else text[4:]
    if rest[:1] != 'W':
        raise ValueError
    week = _parse_digits(rest, 1, 2)
    tail = rest[3:]
    if dash and tail:
        if tail[0] != '-':
            raise ValueError
        tail = tail[1:]
    day = _parse_digits(tail, 0, 1) if tail else 1
    if len(tail) > 1:
        raise ValueError
    found = (globals().get('date') or __getattr__('date')).fromisocalendar(year, week, day)
    return found.year, found.month, found.day
