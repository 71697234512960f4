# asyncio: tasks, gather and sleep interleave in CPython's order; asyncio.run returns main's result.
import asyncio


async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 0.02))
    t2 = asyncio.create_task(worker("b", 0.01))
    print("created", t1.done())
    results = await asyncio.gather(t1, t2, worker("c", 0))
    print(results, t1.done(), t1.result())
    return len(results)


print(asyncio.run(main()))
