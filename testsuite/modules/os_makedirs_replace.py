# os.makedirs (missing parents, exist_ok), os.replace, os.strerror.
import os


def show(f):
    try:
        print(repr(f()))
    except OSError as e:
        print(type(e).__name__, e.errno)
    except Exception as e:
        print(type(e).__name__, e)


top = "os_makedirs_scratch"
show(lambda: os.makedirs(top + "/a/b/c"))
show(lambda: sorted(os.listdir(top + "/a/b")))
show(lambda: os.makedirs(top + "/a/b"))
show(lambda: os.makedirs(top + "/a/b", exist_ok=True))
show(lambda: os.makedirs(top + "/a/b/", 0o755, True))
with open(top + "/f.txt", "w") as f:
    f.write("one")
with open(top + "/g.txt", "w") as f:
    f.write("two")
show(lambda: os.makedirs(top + "/f.txt", exist_ok=True))
show(lambda: os.makedirs(top + "/f.txt/x"))
show(lambda: os.replace(top + "/g.txt", top + "/f.txt"))
show(lambda: (sorted(os.listdir(top)), open(top + "/f.txt").read()))
show(lambda: os.replace(top + "/missing", top + "/f.txt"))
show(lambda: [os.strerror(code) for code in (2, 17, 22)])
os.remove(top + "/f.txt")
for path in ["/a/b/c", "/a/b", "/a", ""]:
    os.rmdir(top + path)
print(os.path.exists(top))
