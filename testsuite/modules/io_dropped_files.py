# A file dropped without close() is written back before the next open(), as CPython's
# reference counting writes it back at once (data written to an unclosed file was lost until
# the next collection). A file still referenced keeps its data buffered, as in CPython.
import os

name = "io_dropped_scratch.txt"
open(name, "wb").write(b"xy")
print(open(name, "rb").read())


def write_and_drop(text):
    f = open(name, "w")
    f.write(text)


write_and_drop("from a function")
print(open(name).read())
for i in range(3):
    open(name, "a").write(str(i))
print(open(name).read())
held = open(name, "w")
held.write("held")
print(repr(open(name).read()))
held.close()
print(open(name).read())
os.remove(name)
