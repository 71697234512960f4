# open(): text and binary files in write, read, append and exclusive modes; errors.
import io, os
name = "io_files_scratch.txt"
with open(name, "w") as f:
    print(f.write("alpha\n"), f.write("beta\ngamma"), f.writable(), f.readable(), f.name, f.mode)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "a") as f:
    f.write("\ndelta\n")
with open(name, "r") as f:
    print(f.readline(), end="")
    print([line for line in f])
with open(name, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, f.seek(6), f.read(4), f.tell())
with open(name, "wb") as f:
    f.write(b"\x00\x01\xff")
    f.write(bytearray(b"\x02"))
with open(name, "rb") as f:
    print(f.read())
with open(name, "r+") as f:
    f.write("XY")
with open(name, "rb") as f:
    print(f.read())
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.remove(name)
for bad in [lambda: open("no_such_file.txt"), lambda: open(name, "q"), lambda: open(name, "rw"), lambda: open(name, "rbt")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
with open(name, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f.write("late")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(name in os.listdir("."))
