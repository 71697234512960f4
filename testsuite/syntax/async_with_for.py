# async with and async for: the protocols, exceptions through __aexit__, break/continue/else.
import asyncio


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


class Counter:
    def __init__(self, stop):
        self.stop = stop
        self.value = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.value >= self.stop:
            raise StopAsyncIteration
        self.value += 1
        await asyncio.sleep(0)
        return self.value


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a, b)
    try:
        async with Resource("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)
    async with Resource("d", swallow=True):
        raise KeyError("hidden")
    print("after swallow")

    def early():
        pass

    async def returns():
        async with Resource("e") as e:
            return "returned " + e

    print(await returns())
    total = []
    async for n in Counter(5):
        if n == 2:
            continue
        if n == 4:
            break
        total.append(n)
    else:
        total.append("no break")
    print(total)
    async for n in Counter(2):
        total.append(n * 10)
    else:
        total.append("else ran")
    print(total)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
for source in ["def f():\n    async with x:\n        pass\n", "def f():\n    async for x in y:\n        pass\n"]:
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
