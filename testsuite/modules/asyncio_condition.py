# asyncio.Condition: wait/notify under the lock, notify(n), notify_all, wait_for with a
# predicate, a shared Lock, the errors without the lock, and the Lock's first-come order.
import asyncio


async def consumers():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((n, items.pop(0)))

    tasks = [asyncio.create_task(consumer(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("all waiting:", log, cond.locked())
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    print("one item:", log)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("done:", log, items)


async def notify_counts():
    cond = asyncio.Condition()
    woken = []

    async def waiter(n):
        async with cond:
            result = await cond.wait()
            woken.append((n, result))

    tasks = [asyncio.create_task(waiter(n)) for n in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(woken)
    async with cond:
        cond.notify(0)
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(woken)


async def shared_lock():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    await lock.acquire()
    print(cond.locked(), lock.locked())
    cond.release()
    print(cond.locked(), lock.locked())
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await cond.acquire(), lock.locked())
    cond.release()


async def cancelled_wait():
    cond = asyncio.Condition()
    log = []

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(("cancelled, lock held again", cond.locked()))
                raise

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("task cancelled")
    print(log, cond.locked())


async def predicate_value():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    task = asyncio.create_task(bump())
    async with cond:
        result = await cond.wait_for(lambda: state["n"] >= 2 and state["n"] * 10)
    print("wait_for returned", result)
    await task


async def lock_order():
    lock = asyncio.Lock()
    log = []

    async def user(n):
        async with lock:
            log.append(n)
            await asyncio.sleep(0)

    await lock.acquire()
    tasks = [asyncio.create_task(user(n)) for n in range(3)]
    await asyncio.sleep(0)
    lock.release()
    # Task 0 has been woken; a newcomer queues behind the waiters.
    tasks.append(asyncio.create_task(user(3)))
    await asyncio.gather(*tasks)
    print("lock order:", log, lock.locked())


async def main():
    await consumers()
    await notify_counts()
    await shared_lock()
    await cancelled_wait()
    await predicate_value()
    await lock_order()


asyncio.run(main())
