# time.strptime and datetime.strptime: the C locale's directives, %z offsets, 12-hour clock,
# day of year, defaults, and CPython's errors.
import time, datetime as dt
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
P = dt.datetime.strptime
for text, fmt in [('2021-03-04', '%Y-%m-%d'), ('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), ('20210304T050607', '%Y%m%dT%H%M%S'),
                  ('4 Mar 2021', '%d %b %Y'), ('March 4, 2021', '%B %d, %Y'), ('thu mar  4 05:06:07 2021', '%a %b %d %H:%M:%S %Y'),
                  ('12:30 PM', '%I:%M %p'), ('12:30 am', '%I:%M %p'), ('1:05 pm', '%I:%M %p'), ('05:06:07.5', '%H:%M:%S.%f'),
                  ('2021-03-04T05:06:07+0530', '%Y-%m-%dT%H:%M:%S%z'), ('2021-03-04T05:06:07-05:00', '%Y-%m-%dT%H:%M:%S%z'),
                  ('2021-03-04T05:06:07Z', '%Y-%m-%dT%H:%M:%S%z'), ('21/3/4', '%y/%m/%d'), ('99', '%y'), ('060', '%j'), ('366 2020', '%j %Y'),
                  ('2021 100', '%Y %j'), ('10%', '%d%%'), ('  2021', ' %Y'), ('2021', ' %Y'), ('2021-02-29', '%Y-%m-%d'), ('2020-02-29', '%Y-%m-%d'),
                  ('02-29', '%m-%d'), ('2021-13-01', '%Y-%m-%d'), ('2021-03-04x', '%Y-%m-%d'), ('x', '%Y'), ('2021', '%Q'), ('2021', '%Y%'),
                  ('24:00', '%H:%M'), ('3/4/21', '%x'), ('05:06:07', '%X'), ('Thu Mar  4 05:06:07 2021', '%c'), ('1', '%w'), ('UTC 2021', '%Z %Y'),
                  ("it's 2021", "it's %Y"), ('2021-3-4', '%Y-%m-%d'), ('MON 2021', '%a %Y'), ('Monday 2021', '%A %Y'), ('2021 5', '%Y %u')]:
    t(lambda: P(text, fmt))
    t(lambda: time.strptime(text, fmt))
t(lambda: time.strptime('Thu Mar  4 05:06:07 2021'))
t(lambda: P(2021, '%Y'))
t(lambda: P('2021', 5))
t(lambda: time.strptime(b'2021', '%Y'))
t(lambda: P('2021-03-04 +0000', '%Y-%m-%d %z').tzinfo)
t(lambda: P('2021-03-04 +0000', '%Y-%m-%d %z').utcoffset())
