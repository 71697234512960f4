# asyncio.wait (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout, its errors) and
# asyncio.shield (the outer future cancelled, the inner task running on).
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def waits():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.02), ("b", 0.01), ("c", 0))]
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), names(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("slow", 0.05), ("quick", 0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", names(done), names(pending))

    tasks = [asyncio.create_task(job("ok", 0.01), name="ok"),
             asyncio.create_task(job("bad", 0.02, fail=True), name="bad"),
             asyncio.create_task(job("late", 0.2), name="late")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("exception:", names(done), names(pending))
    print([repr(t.exception()) for t in done if t.exception()])
    for t in pending:
        t.cancel()

    tasks = [asyncio.create_task(job("x", 0.01), name="x"),
             asyncio.create_task(job("y", 0.03), name="y")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception:", names(done), names(pending))

    tasks = [asyncio.create_task(job("fast", 0), name="fast"),
             asyncio.create_task(job("never", 5), name="never")]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    print("timeout:", names(done), names(pending), pending.pop().done())
    tasks[1].cancel()

    done, pending = await asyncio.wait({asyncio.ensure_future(job("z", 0))}, timeout=1)
    print("a set:", [t.result() for t in done], pending)

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def wait_errors():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    task = asyncio.create_task(job("t", 0))
    try:
        await asyncio.wait(task)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([task], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait(coro)
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    await task


async def shields():
    log = []

    async def important():
        await asyncio.sleep(0.02)
        log.append("important finished")
        return "kept"

    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.01))
    try:
        await waiter
    except asyncio.TimeoutError:
        log.append("timed out")
    print(log, outer.cancelled(), inner.done())
    print(await inner, log)

    done = asyncio.create_task(job("d", 0))
    await done
    print(asyncio.shield(done) is done)

    result = await asyncio.shield(job("plain", 0))
    print(result)

    failing = asyncio.shield(job("boom", 0, fail=True))
    try:
        await failing
    except ValueError as e:
        print("ValueError:", e)

    inner = asyncio.create_task(job("i", 0.01))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())


async def main():
    await waits()
    await wait_errors()
    await shields()


asyncio.run(main())
