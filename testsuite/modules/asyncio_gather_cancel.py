# Cancelling what asyncio.gather returns cancels its children; awaiting it then raises
# CancelledError (with return_exceptions too); a finished gathering cannot be cancelled.
import asyncio


async def child(i, delay):
    try:
        await asyncio.sleep(delay)
        print("child finished", i)
        return i
    except asyncio.CancelledError:
        print("child cancelled", i)
        raise


async def main():
    g = asyncio.gather(child(1, 0.05), child(2, 0.05))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t1 = asyncio.ensure_future(child(3, 0.05))
    g2 = asyncio.gather(t1, child(4, 0.05), return_exceptions=True)
    await asyncio.sleep(0)
    print(g2.cancel())
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("gather 2 cancelled", t1.cancelled())
    done = asyncio.gather(child(5, 0))
    print(await done, done.cancel())
    print(await asyncio.gather())


asyncio.run(main())
