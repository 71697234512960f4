# Async generators (PEP 525): async for over them, __anext__/asend/athrow/aclose driven by an
# event loop and by hand, anext() with a default, aiter(), and the compile-time errors.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker done")


async def echo():
    received = None
    try:
        while True:
            received = yield received
    except ValueError as e:
        yield "caught %s" % e
    finally:
        print("echo finally")


async def main():
    async for x in ticker(3):
        print("got", x)
    g = ticker(2)
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__())
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0), "default"))
    g = ticker(5)
    print(await g.asend(None))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed")
    e = echo()
    print(await e.asend(None))
    print(await e.asend(5))
    print(await e.athrow(ValueError("bad")))
    await e.aclose()
    it = aiter(ticker(3))
    print(await anext(it), await anext(it))
    # An exception inside the body reaches the awaiting code.
    async def failing():
        yield 1
        raise KeyError("inside")
    try:
        async for v in failing():
            print("before", v)
    except KeyError as error:
        print("KeyError", error)
    # A generator closed while suspended in a finally-less loop just ends.
    async def forever():
        n = 0
        while True:
            yield n
            n += 1
    f = forever()
    print(await anext(f), await anext(f))
    await f.aclose()
    await f.aclose()
    print("closed twice")


asyncio.run(main())


# Driven by hand, without a loop: each step is an awaitable of its own.
async def two():
    yield 1
    yield 2


g = two()
for _ in range(3):
    step = g.__anext__()
    try:
        step.send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("stop")

for source in (
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from g()\n",
):
    try:
        compile(source, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)
