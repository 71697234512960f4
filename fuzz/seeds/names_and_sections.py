# Many run-time names (interned texts sharing blocks), some not ASCII, and frozen modules'
# sections unpacked on demand.
ns = {}
for i in range(80):
    exec("v_%d_é%s = %d" % (i, "x" * (i % 23), i), ns)
print(sorted(k for k in ns if k.startswith("v_1"))[:3])
import datetime, logging, collections
print(datetime.timedelta(hours=3), len(dir(logging)) > 10, collections.Counter("abca"))
class Ünïcode:
    attribute_with_a_rather_long_name_for_the_pool = 1
print(getattr(Ünïcode, "attribute_with_a_rather_long_name_for_the_pool"))
