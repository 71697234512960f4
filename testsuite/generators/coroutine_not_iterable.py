# A coroutine object is not iterable and not an iterator (it is driven by await or send).
async def c():
    return 1


co = c()
for attempt in [lambda: iter(co), lambda: list(co), lambda: next(co), lambda: [x for x in co],
                lambda: tuple(co), lambda: sorted(co)]:
    try:
        print('no error', attempt())
    except TypeError as error:
        print('TypeError', error)
try:
    co.send(None)
except StopIteration as stop:
    print('StopIteration', stop.value)
print(type(co).__name__, hasattr(co, '__iter__'), hasattr(co, '__next__'), hasattr(co, 'send'))


async def outer():
    return await c() + 1


runner = outer()
try:
    runner.send(None)
except StopIteration as stop:
    print('awaited', stop.value)
