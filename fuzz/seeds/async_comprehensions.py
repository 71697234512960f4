# Async comprehensions (PEP 530): async for clauses and await in list, set and dict
# comprehensions (awaited where they stand), async generator expressions, nesting, and where
# they are not allowed.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in numbers(4)])
    print(sorted({x % 2 async for x in numbers(5)}))
    print({x: x * x async for x in numbers(3) if x})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in numbers(3) if x != 1])
    print([(x, y) async for x in numbers(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in numbers(2)])
    print([[y async for y in numbers(x)] for x in range(3)])
    g = (x * 10 async for x in numbers(3))
    print(type(g).__name__, [v async for v in g])
    print([x for x in await double(2) * [1]])
    total = 0
    async for v in (await double(y) for y in range(3)):
        total += v
    print(total)
    try:
        [x async for x in 5]
    except TypeError as e:
        print("TypeError", e)

    async def failing():
        yield 1
        raise ValueError("inside")

    try:
        [x async for x in failing()]
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())


def sync():
    return (x async for x in numbers(2))


print(type(sync()).__name__)
for source in (
    "def f():\n    return [x async for x in y]\n",
    "async def f():\n    return lambda: [x async for x in y]\n",
    "[x async for x in y]\n",
    "def f():\n    return [[x async for x in y] for z in w]\n",
):
    try:
        compile(source, "s", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
