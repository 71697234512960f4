import asyncio
class R:
    async def __aenter__(self): return 1
    async def __aexit__(self, *a): return False
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def f(x):
    async with R() as r, R():
        async for y in R():
            await asyncio.sleep(0)
        else:
            pass
    return await asyncio.gather(g(), x)
async def g(): return await asyncio.wait_for(asyncio.sleep(0, 1), 1)
print(asyncio.run(f(g())))
