# OSError with two paths (rename's): filename2, and "[Errno N] msg: 'src' -> 'dst'".
import os


def show(f):
    try:
        print(repr(f()))
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e.filename2, e)


show(lambda: os.rename("os_filename2_missing", "os_filename2_other"))
show(lambda: os.replace("os_filename2_missing", "os_filename2_other"))
show(lambda: os.remove("os_filename2_missing"))
e = OSError(2, "No such file or directory", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, str(e))
e = OSError(2, "No such file or directory", "a", None, None)
print(str(e), e.filename2)
e = OSError(13, "Permission denied", "only")
print(str(e), e.filename2)
