# time: clocks advance and sleep works (no timing values are printed).
import time
t0 = time.time()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() > m0, type(time.time()).__name__)
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter(), float))
lt = time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_wday, lt.tm_yday)
g = time.gmtime(1700000000)
print(tuple(g)[:6], time.strftime("%Y-%m-%d %H:%M:%S", g))
