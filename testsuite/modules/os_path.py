# os.path string functions and existence tests; os.stat fields.
import os
p = os.path
print(p.join("a", "b", "c.txt"), p.join("a/", "b"), p.join("a", "/abs", "x"), p.join("", "x"), p.join("a", ""))
for path in ["a/b/c.txt", "/root", "file", "dir/", "/", "a//b", ".hidden", "x.tar.gz", "a.b/c", ""]:
    print(repr(path), p.split(path), p.basename(path), p.dirname(path), p.splitext(path), p.isabs(path))
print(p.exists("os_path.py"), p.isfile("os_path.py"), p.isdir("os_path.py"), p.isdir("."), p.exists("nope.nope"), p.isfile("nope"))
st = os.stat("os_path.py")
print(st.st_size == p.getsize("os_path.py"), st.st_size > 0, st[6] == st.st_size, len(st), st.st_mode & 0o170000 == 0o100000)
print(os.stat(".").st_mode & 0o170000 == 0o040000, type(st.st_mtime).__name__ in ("int", "float"))
u = os.uname()
print(len(u), isinstance(u.sysname, str), u[0] == u.sysname)
try:
    os.stat("nope.nope")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.rmdir("nope.nope")
except OSError as e:
    print(type(e).__name__, e.errno)
