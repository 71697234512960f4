# time: clocks advance and sleep works (no timing values are printed).
import time
t0 = time.time()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() > m0, type(time.time()).__name__)
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter(), float))
