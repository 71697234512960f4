# _strptime: text to date and time fields by a format, for time.strptime and
# datetime.strptime, in the C locale as CPython reads it. Written for Pyrite from the CPython
# 3.11 documentation (time.strptime is native and calls parse() here; datetime.strptime calls
# datetime_fields()).
#
# CPython turns the format into a regular expression; here format and text are matched
# together, each directive's alternatives tried in the order that pattern tries them (the
# longest number first), going back to the next one when what follows fails, so the two read
# the same fields. A directive named twice counts once per use, the last winning (CPython's
# pattern refuses that format).

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# The C locale's spelled-out directives.
_SPELLED = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
# Numbers: digits (fewest, most), range, field.
_NUMBERS = {"Y": (4, 4, 0, 9999), "y": (2, 2, 0, 99), "m": (1, 2, 1, 12), "H": (1, 2, 0, 23),
            "I": (1, 2, 1, 12), "M": (1, 2, 0, 59), "S": (1, 2, 0, 61), "j": (1, 3, 1, 366),
            "w": (1, 1, 0, 6), "u": (1, 1, 1, 7), "U": (1, 2, 0, 53), "W": (1, 2, 0, 53)}
# How many alternatives the matcher may go back to in all (a format of many numbers against
# text that does not match would otherwise take exponential time).
_MAX_BACKTRACKS = 4096
# The fields' places in the list being filled.
_YEAR, _MONTH, _DAY, _HOUR, _PM, _MINUTE, _SECOND, _MICRO, _YEARDAY, _WEEKDAY, _WEEK, \
    _OFFSET, _ZONE = range(13)


def _pieces(format, whole, out):
    # The format, read: None for blanks (\s+), a character that matches itself, "%x" for a
    # directive. A bad directive or a stray % is an error, found before matching as CPython's.
    i = 0
    while i < len(format):
        c = format[i]
        i += 1
        if c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(None)
        elif c != "%":
            out.append(c)
        elif i == len(format):
            raise ValueError(f"stray % in format {whole!r}")
        else:
            directive = format[i]
            i += 1
            if directive in _SPELLED:
                _pieces(_SPELLED[directive], whole, out)
            elif directive in "YymdHIMSjfwuUWaAbBhpzZ%":
                out.append("%" + directive)
            else:
                raise ValueError(f"'{directive}' is a bad directive in format {whole!r}")
    return out


def _digits(text, at, most):
    end = at
    while end < len(text) and end - at < most and "0" <= text[end] <= "9":
        end += 1
    return end - at


def _number(text, at, least, most, low, high, alternative):
    # The alternative-th run of least..most digits at `at` whose value is in low..high,
    # longest first: (value, where it ends), or None.
    for width in range(_digits(text, at, most), least - 1, -1):
        value = int(text[at:at + width])
        if low <= value <= high:
            if not alternative:
                return value, at + width
            alternative -= 1
    return None


def _name(text, at, names, short):
    # One of `names` (or their three-letter forms) in any case at `at`: (index, end).
    for index, name in enumerate(names):
        if short:
            name = name[:3]
        if text[at:at + len(name)].lower() == name.lower():
            return index, at + len(name)
    return None


def _two(text, at, high):
    part = text[at:at + 2]
    if len(part) == 2 and _digits(part, 0, 2) == 2 and int(part) <= high:
        return int(part)
    return None


def _offset(text, at, alternative):
    # %z: Z, or +HH[:]MM[[:]SS[.ffffff]], as (seconds, microseconds). Alternatives in
    # CPython's order: seconds with the longest fraction down to none, then no seconds.
    if text[at:at + 1] == "Z":
        return ((0, 0), at + 1) if not alternative else None
    if text[at:at + 1] not in ("+", "-"):
        return None
    sign = -1 if text[at] == "-" else 1
    hours = _two(text, at + 1, 99)
    if hours is None:
        return None
    at += 3
    colon = text[at:at + 1] == ":"
    at += colon
    minutes = _two(text, at, 59)
    if minutes is None:
        return None
    at += 2
    minutes_only = ((sign * (hours * 3600 + minutes * 60), 0), at)
    if colon and text[at:at + 1] != ":":
        seconds = None
    else:
        at += colon
        seconds = _two(text, at, 59)
    if seconds is None:
        return minutes_only if not alternative else None
    at += 2
    whole = sign * (hours * 3600 + minutes * 60 + seconds)
    fraction = _digits(text, at + 1, 6) if text[at:at + 1] == "." else 0
    if alternative < fraction:
        digits = fraction - alternative
        micros = int(text[at + 1:at + 1 + digits]) * 10 ** (6 - digits)
        return (whole, sign * micros), at + 1 + digits
    if alternative == fraction:
        return (whole, 0), at
    return minutes_only if alternative == fraction + 1 else None


def _read(directive, text, at, alternative, fields):
    # Reads alternative `alternative` of the directive at `at` into `fields`: where it
    # ends, or None when there is no such alternative.
    d = directive[1]
    if d in _NUMBERS:
        found = _number(text, at, *_NUMBERS[d], alternative)
        if found is None:
            return None
        n, end = found
        if d == "Y":
            fields[_YEAR] = n
        elif d == "y":
            fields[_YEAR] = 1900 + n if n >= 69 else 2000 + n  # POSIX's two-digit years
        elif d == "m":
            fields[_MONTH] = n
        elif d in "HI":
            fields[_HOUR] = (n, d == "I")
        elif d == "M":
            fields[_MINUTE] = n
        elif d == "S":
            fields[_SECOND] = n
        elif d == "j":
            fields[_YEARDAY] = n
        elif d == "w":
            fields[_WEEKDAY] = (n + 6) % 7
        elif d == "u":
            fields[_WEEKDAY] = n - 1
        else:
            fields[_WEEK] = (n, d == "W")
        return end
    if d == "d":
        # The numbers first, then a blank-padded day (" 4"): CPython's last alternative.
        numbers = sum(_number(text, at, 1, 2, 1, 31, k) is not None for k in (0, 1))
        if alternative < numbers:
            found = _number(text, at, 1, 2, 1, 31, alternative)
        elif alternative == numbers and text[at:at + 1] == " ":
            found = _number(text, at + 1, 1, 1, 1, 9, 0)
        else:
            found = None
        if found is None:
            return None
        fields[_DAY] = found[0]
        return found[1]
    if d == "f":
        digits = _digits(text, at, 6) - alternative
        if digits <= 0:
            return None
        fields[_MICRO] = int(text[at:at + digits]) * 10 ** (6 - digits)
        return at + digits
    if d == "z":
        found = _offset(text, at, alternative)
        if found is None:
            return None
        fields[_OFFSET] = found[0]
        return found[1]
    if alternative:
        return None
    if d in "aAbBh":
        found = _name(text, at, _DAYS if d in "aA" else _MONTHS, d in "abh")
        if found is None:
            return None
        if d in "aA":
            fields[_WEEKDAY] = found[0]
        else:
            fields[_MONTH] = found[0] + 1
        return found[1]
    if d == "p":
        found = _name(text, at, ("AM", "PM"), False)
        if found is None:
            return None
        fields[_PM] = found[0] == 1
        return found[1]
    if d == "Z":
        found = _name(text, at, ("UTC", "GMT"), False)
        if found is None:
            return None
        fields[_ZONE] = text[at:at + 3]
        return found[1]
    return at + 1 if text[at:at + 1] == "%" else None


def _match(text, pieces):
    # Matches the pieces against the start of text as CPython's pattern would: the fields
    # read and where the match ends, or None.
    stack = []
    piece, at, fields, alternative = 0, 0, [None] * 13, 0
    backtracks = 0
    while True:
        if piece == len(pieces):
            return fields, at
        p = pieces[piece]
        if p is None:
            end = at
            while end < len(text) and text[end].isspace():
                end += 1
            advanced = end if end > at else None
        elif len(p) == 1:
            # Characters match in any case (CPython's IGNORECASE).
            advanced = at + 1 if text[at:at + 1].lower() == p.lower() else None
        else:
            trial = fields[:]
            advanced = _read(p, text, at, alternative, trial)
            if advanced is not None:
                # Whether there is another alternative does not depend on the fields.
                if _read(p, text, at, alternative + 1, [None] * 13) is not None:
                    stack.append((piece, at, fields, alternative + 1))
                fields = trial
        if advanced is not None:
            at = advanced
            piece += 1
            alternative = 0
        else:
            backtracks += 1
            if backtracks > _MAX_BACKTRACKS or not stack:
                return None
            piece, at, fields, alternative = stack.pop()


def _days(year, month, day):
    # Days from 1970-01-01 of a proleptic Gregorian date (counted from 0000-03-01 inside,
    # so the leap day ends the year).
    y = year - (month <= 2)
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    return era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100 \
        + day_of_year - 719468


def _civil(days):
    # The (year, month, day) of a day counted from 1970-01-01.
    z = days + 719468
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    month_from_march = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * month_from_march + 2) // 5 + 1
    month = month_from_march + 3 if month_from_march < 10 else month_from_march - 9
    return year_of_era + era * 400 + (month <= 2), month, day


def parse(text, format):
    # (year, month, day, hour, minute, second, microsecond, weekday, yearday, offset, zone):
    # the defaults CPython uses for what the format leaves out (1900-01-01 00:00:00),
    # weekday 0 is Monday, offset (of %z) a (seconds, microseconds) pair or None, zone (of
    # %Z) its name or None.
    found = _match(text, _pieces(format, format, []))
    if found is None:
        raise ValueError(f"time data {text!r} does not match format {format!r}")
    fields, end = found
    if end < len(text):
        raise ValueError(f"unconverted data remains: {text[end:]}")
    year = fields[_YEAR]
    if fields[_HOUR] is None:
        hour = 0
    else:
        hour, twelve = fields[_HOUR]
        if twelve:
            hour = hour % 12 + 12 if fields[_PM] else hour % 12
    month = fields[_MONTH] or 1
    day = fields[_DAY] or 1
    # February 29th without a year is checked against a leap year (CPython's 1904), then
    # reported with the default year, 1900.
    leap_default = year is None and month == 2 and day == 29
    if year is None:
        year = 1900
    checked_year = 1904 if leap_default else year
    yearday = fields[_YEARDAY]
    weekday = fields[_WEEKDAY]
    if yearday is None and weekday is not None and fields[_WEEK] is not None:
        # A week number and a weekday give the day of the year.
        week, starts_monday = fields[_WEEK]
        first = (_days(checked_year, 1, 1) + 3) % 7
        day_of_week = weekday
        if not starts_monday:
            first = (first + 1) % 7
            day_of_week = (day_of_week + 1) % 7
        if week == 0:
            yearday = 1 + day_of_week - first
        else:
            yearday = 1 + (7 - first) % 7 + 7 * (week - 1) + day_of_week
    if yearday is not None:
        # The day of the year wins over month and day; it may fall in the year before or
        # after.
        days = _days(checked_year, 1, 1) + yearday - 1
        found_year, month, day = _civil(days)
        year = 1900 if leap_default else found_year
    else:
        following = _days(checked_year + (month == 12), month % 12 + 1, 1)
        if day > following - _days(checked_year, month, 1):
            raise ValueError("day is out of range for month")
        days = _days(checked_year, month, day)
    if weekday is None:
        weekday = (days + 3) % 7
    if fields[_YEARDAY] is None:
        yearday = days - _days(1904 if leap_default else year, 1, 1) + 1
    return (year, month, day, hour, fields[_MINUTE] or 0, fields[_SECOND] or 0,
            fields[_MICRO] or 0, weekday, fields[_YEARDAY] or yearday, fields[_OFFSET],
            fields[_ZONE])


def datetime_fields(text, format):
    # What datetime.strptime takes: parse()'s fields but the weekday and the day of the year,
    # a wrong type worded as its C code words it.
    for index, argument in enumerate((text, format)):
        if not isinstance(argument, str):
            raise TypeError(f"strptime() argument {index + 1} must be str, "
                            f"not {type(argument).__name__}")
    fields = parse(text, format)
    return fields[:7] + fields[9:]
