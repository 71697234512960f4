# strftime's C99 directives %G %V %u %e %C %D %F %T %R %n %t, and fromisoformat's ISO week
# dates (YYYY-Www[-D], YYYYWww[D]) and any one separator before the time.
import datetime as dt
fmt = '%G-%V-%u|%e|%C|%D|%F|%T|%R|%n|%t|%U|%W|%j'
for d in [dt.date(2024, 3, 5), dt.date(2021, 1, 1), dt.date(2020, 12, 31), dt.date(2019, 12, 30), dt.date(1, 1, 1), dt.date(9999, 12, 31)]:
    print(repr(d.strftime(fmt)))
print(repr(dt.datetime(2024, 12, 30, 7, 8, 9).strftime(fmt)), repr(dt.time(13, 5).strftime('%R %T')))
print(f"{dt.date(2024, 3, 5):%G week %V day %u}")
for s in ['2024-W10-2', '2024W102', '2024-W10', '2024W10', '2020-W53-7', '2021-W53-1', '2024-W00-1', '2024-W10-8', '2024-W10-22', '2024-W1-2', '2024-X10-2']:
    try:
        print(s, dt.date.fromisoformat(s))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['2024-W10-2T10:00', '2024W10T10', '2024-W10T10:30', '2024W102 08:00', '2024-03-05T10:00']:
    try:
        print(s, dt.datetime.fromisoformat(s))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['20240305 08:00', '2024-03-05x10:00', '20240305x0800', '2024W10 10', '2024-03-05', '2024-03-05T', '2024-03-05T25:00', '2024-03-0510:00']:
    try:
        print(s, dt.datetime.fromisoformat(s))
    except Exception as e:
        print(s, type(e).__name__, e)
