# contextlib: contextmanager (enter value, exceptions thrown in, suppression, RuntimeErrors, decorator use), suppress, nullcontext, closing.
from contextlib import contextmanager, suppress, nullcontext, closing, ContextDecorator


@contextmanager
def tag(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught " + repr(e))
    finally:
        log.append("exit " + name)


log = []
with tag("a", log) as value:
    log.append("body " + value)
print(log)

# An exception the generator catches is suppressed.
log = []
with tag("b", log):
    raise KeyError("k")
print(log)

# One it does not catch comes out unchanged.
log = []
try:
    with tag("c", log):
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e, log)

# Decorator metadata and reuse as a decorator.
print(tag.__name__, tag.__wrapped__.__name__)


@contextmanager
def counted(log):
    log.append("in")
    yield
    log.append("out")


log = []


@counted(log)
def work(x):
    log.append("work %d" % x)
    return x * 2


print(work(1), work(2), log, work.__name__)


# A generator that re-raises something else.
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# RuntimeErrors for misbehaving generators.
@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def ignores_exit():
    try:
        yield
    except Exception:
        yield


for cm in (no_yield, two_yields, ignores_exit):
    try:
        with cm():
            if cm is ignores_exit:
                raise IndexError
    except RuntimeError as e:
        print(cm.__name__, "RuntimeError", e)


# A StopIteration raised in the body is not swallowed by the generator's end.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)


# Exception type given without an instance (as a manual __exit__ call does).
cm = tag("d", [])
cm.__enter__()
print(cm.__exit__(KeyError, None, None))

# suppress
with suppress(KeyError, IndexError):
    {}["x"]
print("after suppress")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError", e)
with suppress(LookupError):
    [][1]
print(suppress(KeyError).__exit__(None, None, None))

# nullcontext
with nullcontext() as x:
    print(x)
with nullcontext(42) as x:
    print(x)


class Thing:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


t = Thing()
with closing(t) as got:
    print(got is t, t.closed)
print(t.closed)
t = Thing()
try:
    with closing(t):
        raise ValueError("boom")
except ValueError:
    print("closed on error", t.closed)


# ContextDecorator subclass
class logged(ContextDecorator):
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("start")
        return self

    def __exit__(self, *exc):
        self.log.append("end %s" % (exc[0].__name__ if exc[0] else None))
        return False


log = []


@logged(log)
def f(a, b=2):
    log.append(a + b)
    return a + b


print(f(1), f.__name__, log)
with logged(log):
    pass
print(log[-2:])
