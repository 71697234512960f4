# strptime going back to a shorter number or offset when what follows fails (%m%d, %z then digits),
# week numbers with a weekday, the day of the year over month and day, zone names, the last of
# two fields that set the same thing.
import time, datetime as dt
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
P = dt.datetime.strptime
for text, fmt in [('111', '%m%d'), ('1231', '%m%d'), ('+0438290', '%z%y%w'), ('12345', '%H%M%S'), ('2021 10 3', '%Y %W %w'), ('2021 10 3', '%Y %U %w'),
                  ('2021 0 1', '%Y %U %w'), ('2021 0 0', '%Y %W %w'), ('2021-03-04 100', '%Y-%m-%d %j'), ('02-29 100', '%m-%d %j'),
                  ('UTC+0100', '%Z%z'), ('gmt +01:30:15.5', '%Z %z'), ('3 pm 15', '%I %p %H'), ('15 3 pm', '%H %I %p'), ('99 2021', '%y %Y'), ('2021 99', '%Y %y'),
                  ('Monday 3', '%A %w'), (' 4/12', '%d/%m'), ('2021-3-4', '%Y-%m-%d'), ('1.5', '%S.%f'), ('1.1234567', '%S.%f')]:
    t(lambda: P(text, fmt))
    t(lambda: time.strptime(text, fmt.replace('.%f', '').replace('%z', '')))
