# asyncio.Queue.task_done/join: workers mark items done, join waits for all (and returns at
# once with none); too many task_done calls are ValueError.
import asyncio

async def worker(name, queue, results):
    while True:
        item = await queue.get()
        await asyncio.sleep(0)
        results.append((name, item * 2))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    results = []
    for i in range(6):
        queue.put_nowait(i)
    tasks = [asyncio.create_task(worker(f"w{n}", queue, results)) for n in range(2)]
    await queue.join()
    print(sorted(v for _, v in results), queue.empty(), queue.qsize())
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    q2 = asyncio.Queue()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q2.join()
    print("empty join returns")

asyncio.run(main())
