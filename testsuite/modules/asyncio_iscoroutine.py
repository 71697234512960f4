# asyncio.iscoroutinefunction and asyncio.iscoroutine (3.11: generators count as coroutines).
import asyncio


async def coro_function():
    return 1


def plain():
    pass


def generator():
    yield 1


class Methods:
    async def coro_method(self):
        pass

    def method(self):
        pass


for f in (coro_function, plain, generator, Methods().coro_method, Methods.coro_method,
          Methods().method, len, 5, lambda: 0, Methods):
    print(asyncio.iscoroutinefunction(f))

coro = coro_function()
gen = generator()
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(gen), asyncio.iscoroutine(5))
print(asyncio.iscoroutine(coro_function), asyncio.iscoroutine(iter([])))
coro.close()


class Awaitable:
    def __await__(self):
        return iter(())

    def send(self, value):
        pass

    def throw(self, *args):
        pass

    def close(self):
        pass


print(asyncio.iscoroutine(Awaitable()), asyncio.iscoroutine(Awaitable))
