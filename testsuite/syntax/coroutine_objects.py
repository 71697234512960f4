# Coroutine objects: their type and repr, sending to a just-started one, awaiting one twice.
import asyncio
async def f(x):
    return x + 1
c = f(1)
other = f(2)
print(type(c).__name__, type(c) is type(other))
other.close()
print(repr(c).split(" at ")[0])
try:
    c.send(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def main():
    t = f(10)
    print(await t)
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError", e)
asyncio.run(main())
def g():
    yield 1
print(type(g()).__name__, repr(g()).split(" at ")[0])
c = f(3)
c.close()
print("closed")
