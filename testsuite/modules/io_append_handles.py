# Files opened to append add to the end on each flush: two handles on one file keep both
# writers' lines; a+ reads what was there.
import os

name = "io_append_scratch.txt"
with open(name, "w") as f:
    f.write("base\n")
a = open(name, "a")
b = open(name, "a")
a.write("A\n")
b.write("B\n")
a.close()
b.close()
print(repr(open(name).read()))
with open(name, "a") as f:
    f.write("C\n")
    f.flush()
    f.write("D\n")
    f.flush()
    print(f.tell())
print(repr(open(name).read()))
with open(name, "a+") as f:
    f.seek(0)
    print(repr(f.read()))
    f.write("E\n")
print(repr(open(name).read()))
with open(name, "a+") as f:
    f.truncate(2)
    f.write("!\n")
print(repr(open(name).read()))
os.remove(name)
with open(name, "a") as f:
    f.write("new\n")
print(repr(open(name).read()))
os.remove(name)
