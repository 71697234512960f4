# A file dropped without close() is written back when the collector frees it (CPython closes
# it when the last reference goes; Pyrite at the next collection), and one still open when
# the program ends is written back at exit.
import gc
import os

name = "io_unclosed_scratch.txt"
f = open(name, "w")
f.write("written, never closed\n")
del f
gc.collect()
with open(name) as check:
    print(repr(check.read()))

g = open(name, "a")
g.write("appended\n")
g = None
gc.collect()
with open(name) as check:
    print(repr(check.read()))
os.remove(name)
print(name in os.listdir())
