# Async generators (PEP 525) over the generators the VM makes of their bodies.
#
# Calling an `async def` that contains `yield` makes a plain generator of its body and hands
# it to `async_generator` (runtime/src/vm/call.rs). In that body the parser turned each
# `yield v` into `yield $agen_value(v)`, a `_Value`; whatever else the body yields came from
# an `await` and is passed out to whoever drives the awaiting (the event loop). Each
# `__anext__`/`asend`/`athrow`/`aclose` returns a `_step` generator that runs the body until
# its next `_Value` (the await then returns the value) or its end (StopAsyncIteration).


class _Value(tuple):
    __slots__ = ()


_SEND = 0
_THROW = 1
_CLOSE = 2


def _step(agen, mode, argument):
    # The awaitable of one __anext__/asend/athrow/aclose: a generator that drives the body to
    # its next `_Value` (returned: the await's result) and passes the body's other yields out,
    # and what is sent or thrown back in, to the body. Closing it (its awaiter is closed)
    # leaves the body as it is.
    body = agen._body
    if agen.ag_running:
        raise RuntimeError("anext(): asynchronous generator is already running")
    agen.ag_running = True
    try:
        if mode == _SEND:
            method, arguments = body.send, (argument,)
        else:
            method = body.throw
            arguments = (GeneratorExit,) if mode == _CLOSE else argument
        closing = mode == _CLOSE
        while True:
            try:
                result = method(*arguments)
            except StopIteration:
                if closing:
                    return None
                raise StopAsyncIteration
            except StopAsyncIteration:
                if closing:
                    return None
                raise RuntimeError("async generator raised StopAsyncIteration")
            except GeneratorExit:
                if closing:
                    return None
                raise
            if type(result) is _Value:
                if closing:
                    raise RuntimeError("async generator ignored GeneratorExit")
                return result[0]
            try:
                sent = yield result
            except GeneratorExit:
                raise
            except BaseException as error:
                method, arguments = body.throw, (error,)
            else:
                method, arguments = body.send, (sent,)
    finally:
        agen.ag_running = False


class async_generator:
    __slots__ = ("_body", "ag_running")

    def __init__(self, body):
        self._body = body
        self.ag_running = False

    def __getattr__(self, name):
        # The body's names (a property named __qualname__ would replace the class's own).
        if name == "__name__" or name == "__qualname__":
            return getattr(self._body, name)
        raise AttributeError("'async_generator' object has no attribute '%s'" % name)

    def __repr__(self):
        return "<async_generator object %s at %#x>" % (self._body.__qualname__, id(self))

    def __aiter__(self):
        return self

    def __anext__(self):
        return _step(self, _SEND, None)

    def asend(self, value):
        return _step(self, _SEND, value)

    def athrow(self, typ, value=None, traceback=None):
        return _step(self, _THROW, (typ,) if value is None else (typ, value))

    def aclose(self):
        return _step(self, _CLOSE, None)


async_generator.__module__ = "builtins"


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
