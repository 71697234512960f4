# asyncio.TaskGroup (3.11): tasks awaited at the end of `async with`, results, the first
# failure cancelling the others and the body, errors gathered in an ExceptionGroup (caught
# with except*), the body's own error, and create_task's errors.
import asyncio

log = []


async def work(name, delay, result=None, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    if fail is not None:
        log.append(name + " fails")
        raise fail
    log.append(name + " done")
    return result


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.02, 1))
        b = tg.create_task(work("b", 0.01, 2), name="bee")
        print("body", repr(tg).startswith("<TaskGroup"), b.get_name())
    print("results", a.result(), b.result(), log)


async def one_fails():
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 0.05))
            tg.create_task(work("bad", 0.01, fail=ValueError("boom")))
            tg.create_task(work("slower", 0.08))
            await asyncio.sleep(1)
            log.append("body not cancelled")
    except* ValueError as eg:
        print("caught", repr(eg))
    print(log)


async def two_fail():
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0, fail=KeyError("x")))
            tg.create_task(work("y", 0, fail=TypeError("y")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(repr(e) for e in eg.exceptions))
        print(eg.__cause__, eg.__suppress_context__)
    print(log)


async def body_fails():
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("child", 0.05))
            await asyncio.sleep(0.01)
            raise RuntimeError("body")
    except* RuntimeError as eg:
        print("body error", repr(eg))
    print(log)


async def errors():
    tg = asyncio.TaskGroup()
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    async with tg:
        pass
    coro = work("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


async def nested_create():
    log.clear()
    async with asyncio.TaskGroup() as tg:

        async def spawner():
            await asyncio.sleep(0.01)
            tg.create_task(work("spawned", 0.01, 3))
            return "spawner"

        s = tg.create_task(spawner())
    print(s.result(), log)


for test in (all_succeed, one_fails, two_fail, body_fails, errors, nested_create):
    asyncio.run(test())
