# contextlib: ExitStack (enter_context, push, callback, pop_all, close), LIFO unwinding, suppression and exception chaining; AbstractContextManager.
from contextlib import ExitStack, AbstractContextManager, AbstractAsyncContextManager, contextmanager


class CM:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        self.log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress


def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names


log = []
with ExitStack() as stack:
    print(stack.enter_context(CM("a", log)), stack.enter_context(CM("b", log)))
    stack.callback(log.append, "callback")
    got = stack.callback(lambda *a, **k: log.append(("cb", a, k)), 1, x=2)
    print(got.__name__)
    stack.push(lambda *exc: log.append("push " + str(exc[0])))
    log.append("body")
print(log)

# An exit that returns True suppresses; the ones below it see no exception.
log = []
with ExitStack() as stack:
    stack.enter_context(CM("outer", log))
    stack.enter_context(CM("suppressor", log, suppress=True))
    stack.enter_context(CM("inner", log))
    raise KeyError("gone")
print("suppressed", log)

# push() of a context manager uses its __exit__ without entering it.
log = []
cm = CM("pushed", log)
with ExitStack() as stack:
    print(stack.push(cm) is cm)
print(log)

# pop_all moves the callbacks to a new stack.
log = []
with ExitStack() as stack:
    stack.enter_context(CM("kept", log))
    moved = stack.pop_all()
print("after with", log)
moved.close()
print("after close", log)
moved.close()
print("closed twice", log)


# Exceptions raised by callbacks chain like nested with statements.
def raiser(kind):
    raise kind("from " + kind.__name__)


try:
    with ExitStack() as stack:
        stack.callback(raiser, IndexError)
        stack.callback(raiser, KeyError)
        raise ZeroDivisionError("body")
except Exception as e:
    print("with:", chain(e), e)

stack = ExitStack()
stack.callback(raiser, IndexError)
stack.callback(raiser, KeyError)
try:
    stack.close()
except Exception as e:
    print("close:", chain(e))

try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser, IndexError)
            stack.callback(raiser, KeyError)
            raise ZeroDivisionError
except Exception as e:
    print("nested:", chain(e))

try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser, IndexError)
            stack.callback(raiser, KeyError)
except Exception as e:
    print("nested, no body error:", chain(e))

# A callback error suppressed by a later exit.
log = []
with ExitStack() as stack:
    stack.enter_context(CM("catcher", log, suppress=True))
    stack.callback(raiser, ValueError)
print(log)

# The exception passed to __exit__ is what the callbacks see.
seen = []
try:
    with ExitStack() as stack:
        stack.push(lambda t, v, tb: seen.append((t.__name__, str(v))))
        stack.callback(raiser, KeyError)
        raise ValueError("original")
except KeyError as e:
    print(seen, chain(e))

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)

# Several files' worth of context managers from a loop.
log = []
with ExitStack() as stack:
    names = [stack.enter_context(CM(str(i), log)) for i in range(3)]
print(names, log)


@contextmanager
def gen_cm(log):
    log.append("gen in")
    try:
        yield
    finally:
        log.append("gen out")


log = []
with ExitStack() as stack:
    stack.enter_context(gen_cm(log))
print(log)

# AbstractContextManager
print(isinstance(CM("x", []), AbstractContextManager), isinstance(1, AbstractContextManager))
print(issubclass(ExitStack, AbstractContextManager), issubclass(list, AbstractContextManager))


class Blocked(CM):
    __exit__ = None


print(issubclass(Blocked, AbstractContextManager))


class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Mine() as m:
    print(type(m).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError", e)


class Half(AbstractContextManager):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class AsyncCM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(isinstance(AsyncCM(), AbstractAsyncContextManager), isinstance(CM("y", []), AbstractAsyncContextManager))
