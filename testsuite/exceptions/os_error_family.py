# OSError(errno, text) becomes the subclass CPython picks for errno (BrokenPipeError,
# ConnectionResetError, BlockingIOError...), the connection family's classes exist, and
# exit()/quit() raise SystemExit(code).
import errno
for n in [errno.EPIPE, errno.ENOENT, errno.EAGAIN, errno.ECONNRESET, errno.ETIMEDOUT, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.ECONNREFUSED, errno.ECONNABORTED, errno.EALREADY, errno.EINPROGRESS, 999]:
    e = OSError(n, 'x')
    print(n, type(e).__name__, e.errno, e.strerror, isinstance(e, ConnectionError))
print([c.__name__ for c in BrokenPipeError.__mro__])
print(issubclass(ConnectionResetError, ConnectionError), issubclass(BlockingIOError, OSError), issubclass(UnicodeTranslateError, UnicodeError))
try:
    raise BrokenPipeError(32, 'Broken pipe')
except ConnectionError as e:
    print('caught', e, e.args)
for f in [exit, quit]:
    for args in [(), (3,), ('bye',)]:
        try:
            f(*args)
        except SystemExit as e:
            print('SystemExit', e.args, e.code)
