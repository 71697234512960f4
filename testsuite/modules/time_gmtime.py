# time.gmtime and strftime on fixed timestamps (UTC, so no time-zone dependence).
import time
for ts in [0, 86399, 951782400, 1234567890, 2147483647]:
    t = time.gmtime(ts)
    print(ts, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
    print("  ", time.strftime("%Y-%m-%dT%H:%M:%S %j %a %b", t))
print(time.gmtime(0)[:3], len(time.gmtime(0)))
