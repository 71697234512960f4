# asyncio: a small event loop for coroutines (`async def`, `await`), written for Pyrite from
# CPython 3.11's documentation. One loop runs at a time (`run`); tasks step in the order they
# became ready, timers in the order they fall due, as CPython's loop does, so the order of a
# program's output is CPython's. Waiting with nothing ready sleeps until the next timer.
# Hardware waits (MicroPython's ThreadSafeFlag and streams) are pollers: while one is
# pending the loop sleeps at most a millisecond at a time and checks them after each sleep
# (a machine.Timer callback runs during that sleep, at the VM's safe point).

import time as _time

_PENDING = 0
_FINISHED = 1
_CANCELLED = 2
# The current loop: the one run() made, or get_event_loop()'s / set_event_loop()'s; running
# while one of its run methods is.
_loop = None


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


TimeoutError = TimeoutError


def _get_loop():
    if _loop is None:
        raise RuntimeError("no running event loop")
    return _loop


def get_running_loop():
    if _loop is None or not _loop._running:
        raise RuntimeError("no running event loop")
    return _loop


class Future:
    _cancel_message = None
    _cancelled_exc = None

    def __init__(self, *, loop=None):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        # The CancelledError that ended a task's coroutine, once; then one with the message.
        error = self._cancelled_exc
        if error is not None:
            self._cancelled_exc = None
            return error
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _finish(self, state):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._state = state
        callbacks = self._callbacks
        self._callbacks = []
        loop = _get_loop()
        for callback in callbacks:
            loop.call_soon(callback, self)

    def set_result(self, result):
        if self._state == _PENDING:
            self._result = result
        self._finish(_FINISHED)

    def set_exception(self, exception):
        if isinstance(exception, type):
            exception = exception()
        if self._state == _PENDING:
            self._exception = exception
        self._finish(_FINISHED)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._finish(_CANCELLED)
        return True

    def add_done_callback(self, callback):
        if self._state != _PENDING:
            _get_loop().call_soon(callback, self)
        else:
            self._callbacks.append(callback)

    def remove_done_callback(self, callback):
        count = len(self._callbacks)
        self._callbacks = [c for c in self._callbacks if c != callback]
        return count - len(self._callbacks)

    def __await__(self):
        if self._state == _PENDING:
            yield self
        return self.result()

    __iter__ = __await__


class Task(Future):
    _count = 0

    def __init__(self, coro, *, name=None):
        super().__init__()
        if not hasattr(coro, "send"):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        Task._count += 1
        self._name = name if name is not None else "Task-%d" % Task._count
        self._coro = coro
        self._waiting = None
        self._must_cancel = False
        loop = _get_loop()
        loop._tasks.append(self)
        loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_message = msg
        if self._waiting is not None and self._waiting.cancel(msg):
            return True
        self._must_cancel = True
        return True

    def _step(self, value=None, error=None):
        if self.done():
            return
        if self._must_cancel:
            error = self._cancelled_error()
            self._must_cancel = False
        loop = _get_loop()
        outer = loop._current
        loop._current = self
        try:
            if error is None:
                waited = self._coro.send(value)
            else:
                waited = self._coro.throw(error)
        except StopIteration as stop:
            self._result = stop.value
            self._finish(_FINISHED)
        except CancelledError as error:
            self._cancelled_exc = error
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exception:
            self._exception = exception
            self._finish(_FINISHED)
        else:
            if waited is None:
                loop.call_soon(self._step)
            elif isinstance(waited, Future):
                self._waiting = waited
                waited.add_done_callback(self._wakeup)
            else:
                loop.call_soon(self._step, None,
                               RuntimeError("Task got bad yield: %r" % (waited,)))
        finally:
            loop._current = outer

    def _wakeup(self, future):
        self._waiting = None
        try:
            value = future.result()
        except BaseException as exception:
            self._step(None, exception)
        else:
            self._step(value)


class _Timer:
    # What call_later and call_at return (CPython's TimerHandle).
    def __init__(self, when, callback, args):
        self._when = when
        self.callback = callback
        self.args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when


class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._tasks = []
        self._current = None
        # (ready, future): `future` gets its result once `ready()` is true.
        self._pollers = []
        self._running = False
        self._stopping = False
        self._closed = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args):
        self._ready.append((callback, args))

    def call_at(self, when, callback, *args):
        timer = _Timer(when, callback, args)
        index = len(self._timers)
        while index and self._timers[index - 1]._when > when:
            index -= 1
        self._timers.insert(index, timer)
        return timer

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def create_future(self):
        return Future()

    def create_task(self, coro, *, name=None):
        return Task(coro, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = []
        self._timers = []

    def _start(self):
        global _loop
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _loop is not None and _loop is not self and _loop._running:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        _loop = self
        self._running = True

    def _run_once(self):
        if not self._ready:
            delay = self._timers[0]._when - self.time() if self._timers else 1
            if self._pollers:
                delay = min(delay, 0.001)
            if delay > 0:
                _time.sleep(delay)
        if self._pollers:
            waiting = []
            for ready, future in self._pollers:
                if future.done():
                    continue
                if ready():
                    future.set_result(None)
                else:
                    waiting.append((ready, future))
            self._pollers = waiting
        now = self.time()
        while self._timers and self._timers[0]._when <= now:
            timer = self._timers.pop(0)
            if not timer._cancelled:
                self._ready.append((timer.callback, timer.args))
        ready = self._ready
        self._ready = []
        for callback, args in ready:
            callback(*args)

    def run_until_complete(self, future):
        self._start()
        try:
            future = ensure_future(future)
            while not future.done():
                if self._stopping or not (self._ready or self._timers or self._pollers):
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
        return future.result()

    def run_forever(self):
        # MicroPython programs' main loop: runs the tasks until stop().
        self._start()
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False


def run(main, *, debug=None):
    global _loop
    if _loop is not None and _loop._running:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not hasattr(main, "send"):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = _loop = _Loop()
    try:
        task = Task(main)
        try:
            loop.run_until_complete(task)
        finally:
            # As CPython: the tasks still pending are cancelled and run to their end.
            left = [t for t in loop._tasks if not t.done()]
            for t in left:
                t.cancel()
            loop._running = True
            try:
                while any(not t.done() for t in left) and (loop._ready or loop._timers):
                    loop._run_once()
            finally:
                loop._running = False
        return task.result()
    finally:
        loop.close()
        _loop = None


def get_event_loop():
    global _loop
    if _loop is None:
        _loop = _Loop()
    return _loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _loop
    _loop = loop


def create_task(coro, *, name=None):
    get_running_loop()
    return Task(coro, name=name)


def ensure_future(awaitable):
    if isinstance(awaitable, Future):
        return awaitable
    if hasattr(awaitable, "send"):
        return Task(awaitable)
    if hasattr(awaitable, "__await__"):
        return Task(_wrap(awaitable))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap(awaitable):
    return await awaitable


def sleep(delay, result=None):
    if delay <= 0:
        yield
        return result
    future = Future()
    timer = _get_loop().call_later(delay, _wake, future, result)
    try:
        yield from future.__await__()
    finally:
        timer.cancel()
    return result


def _wake(future, result):
    if not future.done():
        future.set_result(result)


def sleep_ms(milliseconds):
    return sleep(milliseconds / 1000)


async def _until(ready):
    # Until `ready()` is true (a poller of the loop).
    if not ready():
        future = Future()
        _get_loop()._pollers.append((ready, future))
        await future


def current_task(loop=None):
    return (loop or get_running_loop())._current


def all_tasks(loop=None):
    return {t for t in (loop or get_running_loop())._tasks if not t.done()}


class _GatheringFuture(Future):
    _cancel_requested = False

    def cancel(self, msg=None):
        # Cancelling the gathering cancels its children; their ends end it.
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*awaitables, return_exceptions=False):
    outer = _GatheringFuture()
    children = outer._children = [ensure_future(a) for a in awaitables]
    if not children:
        outer.set_result([])
        return outer
    finished = [0]

    def child_done(child):
        finished[0] += 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if finished[0] == len(children):
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
                return
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            outer.set_result(results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


async def wait_for(awaitable, timeout):
    task = ensure_future(awaitable)
    if timeout is None:
        return await task
    expired = []

    def expire():
        if not task.done():
            expired.append(True)
            task.cancel()

    timer = _get_loop().call_later(timeout, expire)
    try:
        return await task
    except CancelledError:
        if expired:
            raise TimeoutError() from None
        raise
    finally:
        timer.cancel()


#- Event
# The synchronization primitives live in the frozen module _asyncio_locks (CPython's
# asyncio.locks), so that the text unpacked for a section lookup here stays small.
from _asyncio_locks import Event

#- Lock
from _asyncio_locks import Lock

#- Semaphore
from _asyncio_locks import Semaphore

#- BoundedSemaphore
from _asyncio_locks import BoundedSemaphore

#- Condition
from _asyncio_locks import Condition


#- wait FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED
FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def _coroutine():
    pass


_coroutine = _coroutine()
_CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isinstance(fs, (Future, _CoroutineType)):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(isinstance(f, _CoroutineType) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f) for f in fs}
    waiter = Future()
    left = [len(fs)]
    timer = None
    if timeout is not None:
        timer = _get_loop().call_later(timeout, _wake, waiter, None)

    def completed(f):
        left[0] -= 1
        if (left[0] <= 0 or return_when == FIRST_COMPLETED or return_when == FIRST_EXCEPTION
                and not f.cancelled() and f.exception() is not None):
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(completed)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(completed)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


#- as_completed
def as_completed(fs, *, timeout=None):
    # A generator of coroutines, each waiting for the next of `fs` to finish.
    if isinstance(fs, Future) or hasattr(fs, "send"):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    todo = [ensure_future(f) for f in set(fs)]
    finished = []
    waiter = [None]

    def wake():
        if waiter[0] is not None and not waiter[0].done():
            waiter[0].set_result(None)

    def on_done(f):
        if f in todo:
            todo.remove(f)
            finished.append(f)
            wake()

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.append(None)
        todo.clear()
        wake()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        _get_loop().call_later(timeout, on_timeout)

    async def next_done():
        while not finished:
            waiter[0] = Future()
            await waiter[0]
        f = finished.pop(0)
        if f is None:
            raise TimeoutError
        return f.result()

    for _ in range(len(todo)):
        yield next_done()


#- timeout timeout_at Timeout
class Timeout:
    # CPython 3.11's: `async with timeout(delay)` cancels the task when the delay runs out
    # and turns the cancellation into TimeoutError as the block is left.
    def __init__(self, when):
        self._when = when
        self._timer = None
        self._task = None
        self._state = "created"

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state not in ("created", "active"):
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None and self._task is not None:
            self._timer = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = ""
        if self._state == "active":
            when = round(self._when, 3) if self._when is not None else None
            info = f" when={when}"
        return f"<Timeout [{self._state}]{info}>"

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state == "expiring":
            self._state = "expired"
            if exc_type is CancelledError:
                raise TimeoutError from exc_value
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timer = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


#- shield
def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = Future()

    def inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


#- TaskGroup
class TaskGroup:
    # CPython 3.11's TaskGroup: `async with` waits for the tasks made by create_task; the
    # first to fail cancels the others (and the body, if it is still running), and the
    # errors leave the `async with` together in an ExceptionGroup.
    def __init__(self):
        self._state = 0  # 0: new, 1: in the body, 2: exiting
        self._aborting = False
        self._parent = None
        self._parent_cancelled = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._waiter = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append("tasks=%d" % len(self._tasks))
        if self._errors:
            info.append("errors=%d" % len(self._errors))
        if self._aborting:
            info.append("cancelling")
        elif self._state:
            info.append("entered")
        return "<TaskGroup%s>" % " ".join(info)

    async def __aenter__(self):
        if self._state:
            raise RuntimeError("TaskGroup %r has already been entered" % (self,))
        self._parent = current_task()
        if self._parent is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        self._state = 1
        return self

    def create_task(self, coro, *, name=None):
        if not self._state:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._state == 2 and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = Task(coro, name=name)
        self._tasks.append(task)
        task.add_done_callback(self._task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            task.cancel()

    def _task_done(self, task):
        self._tasks.remove(task)
        if not self._tasks and self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        self._errors.append(error)
        if isinstance(error, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = error
        if not self._aborting:
            self._abort()
            if self._state == 1 and not self._parent.done():
                # Stop the body too; its CancelledError ends at __aexit__.
                self._parent_cancelled = True
                self._parent.cancel()

    async def __aexit__(self, et, exc, tb):
        self._state = 2
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        cancelled = None
        if isinstance(exc, CancelledError) and not self._parent_cancelled:
            cancelled = exc
        if exc is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._waiter = Future()
            try:
                await self._waiter
            except CancelledError as error:
                # The task running the `async with` is being cancelled.
                if not self._aborting:
                    cancelled = error
                    self._abort()
        self._waiter = None
        if self._base_error is not None:
            raise self._base_error
        if cancelled is not None and not self._errors:
            raise cancelled
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None


#- Queue QueueEmpty QueueFull
class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        # Items put and not yet marked done (task_done), and the tasks join()ing on them.
        self._unfinished = 0
        self._joiners = []

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    @staticmethod
    def _wake_one(waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        Queue._wake_one(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        Queue._wake_one(self._putters)
        return item

    async def put(self, item):
        while self.full():
            waiter = Future()
            self._putters.append(waiter)
            await waiter
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            waiter = Future()
            self._getters.append(waiter)
            await waiter
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if not self._unfinished:
            joiners, self._joiners = self._joiners, []
            for waiter in joiners:
                if not waiter.done():
                    waiter.set_result(None)

    async def join(self):
        while self._unfinished:
            waiter = Future()
            self._joiners.append(waiter)
            await waiter


#- ThreadSafeFlag
# MicroPython's: set from a callback (a machine.Timer's), awaited by one task; wait() clears it.
class ThreadSafeFlag:
    def __init__(self):
        self._flag = False

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    async def wait(self):
        await _until(self._is_set)
        self._flag = False

    def _is_set(self):
        return self._flag


#- Stream StreamReader StreamWriter
# MicroPython's streams over an object with any()/read(n)/write(b) (machine.UART): reads wait
# for bytes (the loop polls any()), writes are buffered until drain().
class Stream:
    def __init__(self, s, e=None):
        self.s = s
        self.e = {} if e is None else e
        self._in = b""
        self._out = b""

    def get_extra_info(self, v):
        return self.e[v]

    async def _fill(self):
        await _until(self.s.any)
        data = self.s.read(self.s.any())
        if data:
            self._in += data
        return bool(data)

    def _take(self, n):
        data = self._in[:n]
        self._in = self._in[n:]
        return data

    async def read(self, n=-1):
        if n < 0:
            while await self._fill():
                pass
            return self._take(len(self._in))
        if not self._in and n:
            await self._fill()
        return self._take(n)

    async def readinto(self, buf):
        data = await self.read(len(buf))
        buf[: len(data)] = data
        return len(data)

    async def readexactly(self, n):
        while len(self._in) < n:
            if not await self._fill():
                raise EOFError
        return self._take(n)

    async def readline(self):
        while True:
            end = self._in.find(b"\n")
            if end >= 0:
                return self._take(end + 1)
            if not await self._fill():
                return self._take(len(self._in))

    def write(self, buf):
        self._out += buf

    async def drain(self):
        data = self._out
        self._out = b""
        while data:
            written = self.s.write(data)
            data = data[written:] if written else b""
            if data:
                await sleep_ms(1)

    def close(self):
        close = getattr(self.s, "close", None)
        if close is not None:
            close()

    async def wait_closed(self):
        pass


StreamReader = Stream
StreamWriter = Stream


#- iscoroutinefunction iscoroutine
def iscoroutinefunction(func):
    # CO_COROUTINE; a bound method answers for its function.
    return bool(getattr(getattr(func, "__code__", None), "co_flags", 0) & 128)


def iscoroutine(obj):
    # 3.11's asyncio counts generators too, and any collections.abc.Coroutine.
    return type(obj).__name__ in ("coroutine", "generator") or all(
        hasattr(type(obj), name) for name in ("__await__", "send", "throw", "close")
    )
