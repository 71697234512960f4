# time.strftime and datetime.strftime: week numbers (%U %W), the ISO year and week (%G %g %V),
# the century, the 12- and 24-hour forms (%R %r %k %l %P) and %n %t, around the year's ends.
import time, datetime
for y in (2024, 999, 2021, 2027, 1, 2020, 2015, 2026):
    for (m, d) in ((1, 1), (1, 3), (1, 4), (12, 28), (12, 30), (12, 31), (6, 15)):
        t = datetime.date(y, m, d).timetuple()
        for h in (0, 9, 12, 13):
            st = time.struct_time(tuple(t[:3]) + (h, 5, 9) + tuple(t[6:]))
            a = time.strftime('%U %W %C %G %g %V %R %r|%n|%t| %k %l %P %e %j %u %w', st)
            b = datetime.datetime(y, m, d, h, 5, 9).strftime('%U %W %C %G %g %V %R %r %k %l %P')
            print(y, m, d, h, repr(a), repr(b))
