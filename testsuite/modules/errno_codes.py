# errno constants and errorcode mapping (POSIX values shared by Linux and MicroPython-style ports).
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.EBADF)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
try:
    raise OSError(errno.ENOENT, "no such file")
except OSError as e:
    print(type(e).__name__, e.errno, e.errno == errno.ENOENT, e.args)
