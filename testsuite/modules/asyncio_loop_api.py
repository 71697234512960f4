# asyncio's loop API: get_running_loop, MicroPython-style get_event_loop/create_task/
# run_forever/stop, run_until_complete, call_soon/call_later/call_at handles, as_completed
# and 3.11's timeout()/timeout_at().
import asyncio


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(asyncio.get_running_loop)
show(lambda: asyncio.create_task(None))


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name


# MicroPython's main-loop style.
log = []
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def stopper():
    await asyncio.sleep(0.03)
    log.append("stop")
    asyncio.get_running_loop().stop()


loop.create_task(worker("b", 0.02, log))
loop.create_task(worker("a", 0.01, log))
loop.create_task(stopper())
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print(log, loop.is_running())
print(loop.run_until_complete(worker("c", 0, log)), log)
fut = loop.create_future()
loop.call_soon(fut.set_result, 42)
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
show(lambda: loop.run_until_complete(worker("d", 0, log)))
asyncio.set_event_loop(None)


async def handles():
    loop = asyncio.get_running_loop()
    order = []
    start = loop.time()
    h1 = loop.call_later(0.02, order.append, "later")
    h2 = loop.call_at(start + 0.01, order.append, "at")
    h3 = loop.call_later(0.015, order.append, "cancelled")
    loop.call_soon(order.append, "soon")
    h3.cancel()
    print(h1.cancelled(), h3.cancelled(), h2.when() == start + 0.01)
    await asyncio.sleep(0.03)
    print(order, loop.is_running())
    show(lambda: asyncio.run(worker("x", 0, [])))
    show(lambda: loop.run_until_complete(worker("y", 0, [])))
    return asyncio.get_running_loop() is loop


print(asyncio.run(handles()))


async def completions():
    log = []
    tasks = [worker(n, d, log) for n, d in [("slow", 0.03), ("fast", 0.01), ("mid", 0.02)]]
    results = [await f for f in asyncio.as_completed(tasks)]
    print(results)
    try:
        for f in asyncio.as_completed([worker("late", 1, log), worker("soon", 0.01, log)],
                                      timeout=0.02):
            print("got", await f)
    except TimeoutError:
        print("as_completed timed out")
    try:
        for f in asyncio.as_completed(worker("one", 0, log)):
            pass
    except TypeError as e:
        print("TypeError", e)


asyncio.run(completions())


async def timeouts():
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm)[:17], cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", type(e.__cause__).__name__, cm.expired(), repr(cm))
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("not reached")


try:
    asyncio.run(timeouts())
except TimeoutError:
    print("TimeoutError out of run")


async def timeout_at():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(timeout_at())
