# struct_time (and the other struct sequences) read their fields by name also when made from a
# tuple (time.struct_time((...)), date.timetuple()).
import time, datetime as dt, sys
t = time.gmtime(86400 * 400 + 3725)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], len(t))
tt = dt.date(2024, 3, 5).timetuple()
print(tt.tm_yday, tt.tm_wday, tt.tm_isdst, tt)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s.tm_mday, s.tm_isdst, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(dt.datetime(2024, 3, 5, 10, 11, 12).timetuple().tm_sec, sys.version_info.major >= 3, sys.version_info[0] == sys.version_info.major)
try:
    t.tm_nope
except AttributeError as e:
    print("AttributeError", e)
