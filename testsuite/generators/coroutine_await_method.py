# coroutine.__await__() gives a coroutine_wrapper: an iterator over the coroutine's steps whose
# send/throw/close reach the coroutine, so an __await__ method can hand over to a coroutine.
# Coroutines name their attributes cr_running, cr_frame, cr_code (not gi_...).
async def answer(x):
    return x * 2


wrapper = answer(21).__await__()
print(type(wrapper).__name__, iter(wrapper) is wrapper)
try:
    next(wrapper)
except StopIteration as stop:
    print('StopIteration', stop.value)


class Ready:
    """An awaitable whose __await__ hands over to a coroutine."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return answer(self.value).__await__()


class Steps:
    def __await__(self):
        got = yield 'first'
        return 'steps got %r' % got


async def main():
    a = await Ready(5)
    b = await Steps()
    return a, b


co = main()
print(co.send(None))
try:
    co.send('hello')
except StopIteration as stop:
    print('result', stop.value)


async def pauses():
    try:
        await Steps()
    except ValueError as error:
        return 'caught %s' % error


wrapper = pauses().__await__()
print(wrapper.send(None))
try:
    wrapper.throw(ValueError('boom'))
except StopIteration as stop:
    print('throw ->', stop.value)
wrapper = pauses().__await__()
next(wrapper)
print(wrapper.close())

co = answer(1)
print(co.cr_running, co.cr_frame is not None, hasattr(co, 'gi_running'), hasattr(co, 'cr_code'))
try:
    co.send(None)
except StopIteration:
    pass
print(co.cr_frame)
try:
    co.__await__(1)
except TypeError as error:
    print('TypeError')
