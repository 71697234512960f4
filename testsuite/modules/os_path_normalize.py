# os.path: normpath, abspath, realpath, relpath, commonprefix, commonpath, and the
# path-only helpers, on POSIX paths.
import os
import os.path


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for p in ["a//b/../c/.", "/../x", "", "a/./b/", "//a", "///a//b", "../../a", "a/../..",
          ".", "/", "//", "a/b/c/../../d", "./a", "a/.."]:
    show(lambda: os.path.normpath(p))
cwd = os.getcwd()
show(lambda: os.path.abspath("x") == os.path.join(cwd, "x"))
show(lambda: os.path.abspath("/a/./b/../c"))
show(lambda: os.path.realpath("/a//b/"))
show(lambda: os.path.abspath("") == cwd)
for path, start in [("/a/b/c", "/a/d"), ("/a/b", "/a/b"), ("/a", "/a/b/c"), ("/x/y", "/"),
                    ("a/b", "a"), ("/a/b/c", None)]:
    show(lambda: os.path.relpath(path, start) if start else os.path.relpath(path, start="/a"))
show(lambda: os.path.relpath(""))
show(lambda: os.path.relpath("x") == "x")
show(lambda: os.path.commonpath(["/a/b/c", "/a/b/d", "/a/b"]))
show(lambda: os.path.commonpath(["a/b/./c", "a/b/c/d"]))
show(lambda: os.path.commonpath(["/a", "b"]))
show(lambda: os.path.commonpath([]))
show(lambda: os.path.commonpath(["/usr/lib", "/usr/local"]))
show(lambda: os.path.commonprefix(["/a/b/c", "/a/bd", "/a/bx"]))
show(lambda: os.path.commonprefix([]))
show(lambda: os.path.commonprefix(["same", "same"]))
show(lambda: (os.path.expanduser("~nosuchuser/x"), os.path.expandvars("plain"),
              os.path.normcase("A/b")))
