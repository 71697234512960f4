async def ag(n):
    try:
        for i in range(n):
            yield i
            await nop()
    finally:
        pass
class nop:
    def __await__(self):
        yield
async def main():
    xs = [x async for x in ag(3) if x]
    ys = {k: await f(k) async for k in ag(2)}
    zs = [[y async for y in ag(x)] for x in range(2)]
    g = (x * 2 async for x in ag(2))
    a = ag(4)
    print(await anext(a), await a.asend(None), await anext(a, 0))
    await a.athrow(ValueError) if 0 else await a.aclose()
    return xs, ys, zs, [v async for v in g], aiter(ag(0))
async def f(k):
    return k
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
