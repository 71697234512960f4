# asyncio: interleaving, cancellation, timeouts, events, queues, errors in tasks.
import asyncio


async def ticker(name, count, log):
    for i in range(count):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def interleave():
    log = []
    results = await asyncio.gather(ticker("a", 3, log), ticker("b", 2, log), ticker("c", 1, log))
    print(results, log)


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def cancelling():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError", task.cancelled(), task.done())


async def slow():
    await asyncio.sleep(5)
    return "slow"


async def timeouts():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.01, "fast"), 1))


async def events():
    event = asyncio.Event()
    order = []

    async def waiter(n):
        await event.wait()
        order.append(n)

    tasks = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("set?", event.is_set(), order)
    event.set()
    await asyncio.gather(*tasks)
    print("set!", event.is_set(), order)


async def queues():
    queue = asyncio.Queue(maxsize=2)
    consumed = []

    async def producer():
        for item in range(5):
            await queue.put(item)
            consumed.append(("put", item))

    async def consumer():
        for _ in range(5):
            item = await queue.get()
            consumed.append(("got", item))

    await asyncio.gather(producer(), consumer())
    print(consumed, queue.empty(), queue.qsize())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def errors():
    results = await asyncio.gather(failing(1), ticker("ok", 1, []), return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        await asyncio.gather(failing(2), ticker("z", 1, []))
    except ValueError as e:
        print("gather raised", e)
    task = asyncio.create_task(failing(3))
    try:
        await task
    except ValueError as e:
        print("task raised", e, type(task.exception()).__name__)
    try:
        await 5
    except TypeError as e:
        print("TypeError", e)


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__iter__() if False else ()
        return "custom"


async def main():
    await interleave()
    await cancelling()
    await timeouts()
    await events()
    await queues()
    await errors()
    print(await Awaitable(), asyncio.current_task().get_name().startswith("Task-"))
    return "done"


print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
for source in ["await x", "def f():\n    await x\n"]:
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
