# contextlib: asynccontextmanager (also as a decorator), AsyncExitStack, aclosing and async nullcontext under asyncio.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names


@asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught " + repr(e))
    finally:
        log.append("close " + name)


class ACM:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    async def __aenter__(self):
        self.log.append("aenter " + self.name)
        return self.name

    async def __aexit__(self, typ, value, tb):
        self.log.append("aexit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress


class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        self.log.append("exit " + self.name)


def raiser(kind):
    raise kind(kind.__name__)


async def araiser(kind):
    raise kind(kind.__name__)


async def main():
    log = []
    async with resource("a", log) as value:
        log.append("body " + value)
    print(log)

    log = []
    async with resource("b", log):
        raise KeyError("k")
    print(log)

    log = []
    try:
        async with resource("c", log):
            raise ValueError("v")
    except ValueError as e:
        print("ValueError", e, log)
    print(resource.__name__)

    @asynccontextmanager
    async def no_yield():
        if False:
            yield

    @asynccontextmanager
    async def two_yields():
        yield 1
        yield 2

    for cm in (no_yield, two_yields):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print(cm.__name__, "RuntimeError", e)

    log = []

    @resource("deco", log)
    async def work(x):
        log.append("work %d" % x)
        return x + 1

    print(await work(1), await work(2), log)

    # AsyncExitStack mixes sync and async managers and callbacks, unwinding LIFO.
    log = []
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM("a1", log)))
        print(stack.enter_context(CM("s1", log)))
        stack.callback(log.append, "sync callback")

        async def acb(*args, **kwds):
            log.append(("async callback", args, kwds))

        print(stack.push_async_callback(acb, 1, k=2) is acb)
        stack.push_async_exit(ACM("pushed", log))

        async def aexit(typ, value, tb):
            log.append("async exit fn " + str(typ))

        stack.push_async_exit(aexit)
        log.append("body")
    print(log)

    # Suppression by an async exit.
    log = []
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM("outer", log))
        await stack.enter_async_context(ACM("suppressor", log, suppress=True))
        raise IndexError
    print(log)

    # Chaining of callback errors.
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(araiser, IndexError)
            stack.callback(raiser, KeyError)
            raise ZeroDivisionError
    except Exception as e:
        print("async chain", chain(e))

    stack = AsyncExitStack()
    stack.push_async_callback(araiser, IndexError)
    stack.callback(raiser, KeyError)
    try:
        await stack.aclose()
    except Exception as e:
        print("aclose chain", chain(e))

    # pop_all and aclose.
    log = []
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM("moved", log))
        moved = stack.pop_all()
    print(log)
    await moved.aclose()
    print(log)

    try:
        await AsyncExitStack().enter_async_context(CM("sync", []))
    except TypeError as e:
        print("TypeError", e)

    # aclosing closes an async generator.
    log = []

    async def numbers():
        try:
            for i in range(10):
                yield i
        finally:
            log.append("numbers closed")

    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
    print(log)

    async with nullcontext(7) as x:
        print("nullcontext", x)


asyncio.run(main())
