# An exception raised in __del__ is printed to stderr and ignored; what is still alive when
# the program ends is finalized then.
import gc


class Faulty:
    def __del__(self):
        raise ValueError("ignored")


f = Faulty()
del f
gc.collect()
print("after faulty")


class Tracked:
    def __del__(self):
        print("del at exit")


last = Tracked()
print("end")
