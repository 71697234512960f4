# Task.cancel(msg) and Future.cancel(msg): the CancelledError carries the message (once, for a
# task: its result() afterwards raises a plain one, as CPython 3.11's).
import asyncio
async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner", repr(e), e.args)
        raise
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("why"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", e.args)
    print(t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", e.args)
    f = asyncio.get_running_loop().create_future()
    print(f.cancel("fmsg"), f.cancel())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("fut", e.args)
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("plain", e.args)
asyncio.run(main())
