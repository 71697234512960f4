# asyncio.Semaphore and BoundedSemaphore: at most `value` holders, waiters served first come
# first served, async with, cancellation while waiting, and the errors.
import asyncio


async def worker(name, sem, log, hold):
    async with sem:
        log.append(f"{name} in")
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(f"{name} out")
    return name


async def limits():
    sem = asyncio.Semaphore(2)
    log = []
    results = await asyncio.gather(*(worker(n, sem, log, h) for n, h in
                                     (("a", 2), ("b", 1), ("c", 1), ("d", 0), ("e", 1))))
    print(results)
    print(log)
    print(sem.locked(), sem._value)


async def explicit():
    sem = asyncio.Semaphore()
    print(await sem.acquire(), sem.locked())
    order = []

    async def late(n):
        await sem.acquire()
        order.append(n)

    tasks = [asyncio.create_task(late(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("waiting:", order, sem.locked())
    sem.release()
    sem.release()
    print("released twice, before they run:", sem.locked(), order)
    await asyncio.sleep(0)
    print("after:", order)
    sem.release()
    await asyncio.gather(*tasks)
    print("all:", order, sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("value may grow:", sem._value, sem.locked())


async def fifo():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()

    async def waiter(n):
        await sem.acquire()
        log.append(n)
        sem.release()

    first = asyncio.create_task(waiter(1))
    await asyncio.sleep(0)
    sem.release()
    # A newcomer while task 1 has been woken but has not run yet waits its turn.
    second = asyncio.create_task(waiter(2))
    print("locked while a waiter is woken:", sem.locked())
    await asyncio.gather(first, second)
    print(log, sem.locked())


async def cancelling():
    sem = asyncio.Semaphore(0)
    log = []

    async def waiter(n):
        try:
            await sem.acquire()
            log.append(f"{n} acquired")
        except asyncio.CancelledError:
            log.append(f"{n} cancelled")
            raise

    tasks = [asyncio.create_task(waiter(n)) for n in range(4)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    sem.release()
    await asyncio.sleep(0)
    print(log, [t.cancelled() for t in tasks])
    # Woken and then cancelled before it ran: the wake-up goes to the next waiter.
    sem.release()
    tasks[2].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, [t.done() for t in tasks], [t.cancelled() for t in tasks], sem.locked())


async def bounded():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    async with sem:
        async with sem:
            print("inside both:", sem.locked())
    print(sem.locked(), isinstance(sem, asyncio.Semaphore))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.Semaphore(0).locked(), asyncio.BoundedSemaphore(0).locked())


async def main():
    await limits()
    await explicit()
    await fifo()
    await cancelling()
    await bounded()


asyncio.run(main())
