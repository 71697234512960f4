# An f-string's fields are inside the enclosing function: `await` works in an async def's
# f-strings, `yield` in a generator's.
import asyncio


async def one():
    return 1


async def render():
    parts = [f"{await one()}-{i}" for i in range(2)]
    return f"v={await one()} {parts} {f'{await one() + 1}'}"


print(asyncio.run(render()))


def gen():
    received = f"{(yield 'first')}!"
    yield received


g = gen()
print(next(g), g.send("sent"))
