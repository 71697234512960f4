# async def / await: coroutines driven by hand (send/throw), awaiting objects with __await__.
async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


coroutine = main()
try:
    coroutine.send(None)
except StopIteration as e:
    print("result", e.value)


class Ready:
    def __await__(self):
        value = yield "tick"
        return value * 2


async def uses_ready():
    return await Ready() + 1


coroutine = uses_ready()
print(coroutine.send(None))
try:
    coroutine.send(20)
except StopIteration as e:
    print("got", e.value)


async def guarded():
    try:
        await Ready()
    except KeyError as e:
        return "caught " + str(e)


coroutine = guarded()
coroutine.send(None)
try:
    coroutine.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)


async def no_await():
    return "plain"


coroutine = no_await()
try:
    coroutine.send(None)
except StopIteration as e:
    print(e.value)


class BadAwait:
    def __await__(self):
        return 5


async def bad():
    await BadAwait()


for thing in (bad(),):
    try:
        thing.send(None)
    except TypeError as e:
        print("TypeError", e)
