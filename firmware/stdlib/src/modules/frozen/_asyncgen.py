# Async generators (PEP 525) over the generators the VM makes of their bodies.
#
# Calling an `async def` that contains `yield` makes a plain generator of its body and hands
# it to `async_generator` (runtime/src/vm/call.rs). In that body the parser turned each
# `yield v` into `yield $agen_value(v)`, a `_Value`; whatever else the body yields came from
# an `await` and is passed out to whoever drives the awaiting (the event loop). Each
# `__anext__`/`asend`/`athrow`/`aclose` returns a `_Step` awaitable that runs the body until
# its next `_Value` (the await then returns the value) or its end (StopAsyncIteration).


class _Value(tuple):
    __slots__ = ()


_SEND = 0
_THROW = 1
_CLOSE = 2


def _is_exit(error):
    return error is GeneratorExit or isinstance(error, GeneratorExit)


class _Step:
    __slots__ = ("_agen", "_mode", "_argument", "_state")

    def __init__(self, agen, mode, argument):
        self._agen = agen
        self._mode = mode
        self._argument = argument
        # 0: not started, 1: running, 2: done.
        self._state = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        agen = self._agen
        body = agen._body
        if self._state == 0:
            if agen.ag_running:
                raise RuntimeError("anext(): asynchronous generator is already running")
            self._state = 1
            agen.ag_running = True
            if self._mode == _THROW:
                return self._step(body.throw, *self._argument)
            if self._mode == _CLOSE:
                return self._step(body.throw, GeneratorExit)
            if value is None:
                value = self._argument
        return self._step(body.send, value)

    def throw(self, typ, value=None, traceback=None):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if _is_exit(typ):
            # The awaiting coroutine is being closed: this step ends, the generator stays.
            self._finish()
            raise typ
        if self._state == 0:
            self._state = 1
            self._agen.ag_running = True
        if value is None:
            return self._step(self._agen._body.throw, typ)
        return self._step(self._agen._body.throw, typ, value)

    def close(self):
        self._finish()

    def _finish(self):
        if self._state == 1:
            self._agen.ag_running = False
        self._state = 2

    def _step(self, method, *arguments):
        closing = self._mode == _CLOSE
        try:
            result = method(*arguments)
        except StopIteration:
            self._finish()
            if closing:
                raise StopIteration(None)
            raise StopAsyncIteration
        except StopAsyncIteration:
            self._finish()
            if closing:
                raise StopIteration(None)
            raise RuntimeError("async generator raised StopAsyncIteration")
        except BaseException as error:
            self._finish()
            if closing and _is_exit(error):
                raise StopIteration(None)
            raise
        if type(result) is _Value:
            self._finish()
            if closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(result[0])
        return result


class async_generator:
    __slots__ = ("_body", "ag_running")

    def __init__(self, body):
        self._body = body
        self.ag_running = False

    @property
    def __name__(self):
        return self._body.__name__

    @property
    def __qualname__(self):
        return self._body.__qualname__

    def __repr__(self):
        return "<async_generator object %s at %#x>" % (self.__qualname__, id(self))

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Step(self, _SEND, None)

    def asend(self, value):
        return _Step(self, _SEND, value)

    def athrow(self, typ, value=None, traceback=None):
        return _Step(self, _THROW, (typ,) if value is None else (typ, value))

    def aclose(self):
        return _Step(self, _CLOSE, None)


async_generator.__module__ = "builtins"


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
