# os: sep, getcwd, listdir/stat/mkdir/remove/rename inside a scratch directory of the cwd.
import os
print(os.sep, type(os.getcwd()).__name__, os.name in ("posix", "nt", "pyrite"))
base = "os_scratch_dir"
if base in os.listdir("."):
    for name in os.listdir(base):
        os.remove(base + "/" + name)
    os.rmdir(base)
os.mkdir(base)
with open(base + "/a.txt", "w") as f:
    f.write("12345")
os.rename(base + "/a.txt", base + "/b.txt")
print(sorted(os.listdir(base)), os.stat(base + "/b.txt").st_size)
try:
    os.mkdir(base)
except OSError as e:
    print(type(e).__name__)
try:
    os.remove(base + "/nope")
except OSError as e:
    print(type(e).__name__)
os.remove(base + "/b.txt")
os.rmdir(base)
print(base in os.listdir("."))
print(len(os.urandom(8)), type(os.urandom(4)).__name__)
