# contextlib: helpers for `with` and `async with`, written for Pyrite from the CPython 3.11
# documentation. The head is tiny; every tool is a section compiled on first use, and the
# sections that build on another one reach it through `_lazy`.
#
# Not here: chdir.


def _lazy(name):
    # A section's name, compiled on first use (the head cannot name it directly).
    return globals().get(name) or __getattr__(name)


def _wraps(wrapper, wrapped):
    # functools.update_wrapper's defaults, without importing functools.
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    wrapper.__dict__.update(getattr(wrapped, "__dict__", ()))
    wrapper.__wrapped__ = wrapped
    return wrapper


#- ContextDecorator
class ContextDecorator:
    # A context manager that can also decorate a function: each call runs inside it.
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


#- AsyncContextDecorator
class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _wraps(inner, func)


#- _GeneratorContextManagerBase
class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        # Each use as a decorator gets a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


#- contextmanager _GeneratorContextManager
class _GeneratorContextManager(_lazy("_GeneratorContextManagerBase"), _lazy("ContextDecorator")):
    def __enter__(self):
        # A generator runs once: entering again fails on the missing arguments, as in CPython.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it, unless what
            # ended the generator is that very exception (a StopIteration raised in the body).
            return exc is not value
        except RuntimeError as exc:
            # PEP 479 turned a StopIteration from the body into a RuntimeError caused by it.
            if exc is value or (isinstance(value, StopIteration) and exc.__cause__ is value):
                return False
            raise
        except BaseException as exc:
            # Re-raised by the generator: let `with` raise the original.
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


#- asynccontextmanager _AsyncGeneratorContextManager
class _AsyncGeneratorContextManager(_lazy("_GeneratorContextManagerBase"),
                                    _lazy("AsyncContextDecorator")):
    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value or (isinstance(value, (StopIteration, StopAsyncIteration))
                                and exc.__cause__ is value):
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


#- AbstractContextManager AbstractAsyncContextManager
from abc import ABC as _ABC, abstractmethod as _abstract


def _has_methods(C, *names):
    # Every name defined somewhere in C's MRO, and not blocked by None.
    for name in names:
        for base in C.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(_ABC):
    def __enter__(self):
        return self

    @_abstract
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_ABC):
    async def __aenter__(self):
        return self

    @_abstract
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


#- suppress
class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


#- redirect_stdout redirect_stderr
class _RedirectStream:
    # Swaps sys.<_stream> for the target while inside; nests and is reentrant.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys

        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys

        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


#- nullcontext
class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


#- closing aclosing
class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing:
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


#- ExitStack _BaseExitStack
import sys as _sys


def _fix_context(new, old, frame, none_is_frame=False):
    # `new` was raised by an exit callback while the stack was unwinding `old`; Python linked
    # it (or the exceptions it chained) to `frame`, the exception being handled where the
    # stack's `__exit__` was called. Link the chain to `old` instead, as nested `with`
    # statements would have. In a coroutine Pyrite links an exception to its caller's only
    # once it leaves the coroutine, so there a missing context stands for `frame`.
    while True:
        context = new.__context__
        if context is old or context is None and not none_is_frame:
            return
        if context is frame or context is None:
            break
        new = context
    new.__context__ = old


def _raise(exc):
    # Raise `exc` keeping the context the stack gave it (the raise would link `frame`).
    context = exc.__context__
    try:
        raise exc
    finally:
        exc.__context__ = context


def _protocol_error(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                     f"{kind}context manager protocol")


class _BaseExitStack:
    # Callbacks are (is_async, cm, exit): `exit(cm, *exc_details)` for a context manager's
    # exit method, `exit(*exc_details)` when cm is _NO_CM.
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new = type(self)()
        new._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new

    def push(self, exit):
        self._push(exit, False, "__exit__")
        return exit

    def _push(self, exit, is_async, name):
        # A context manager's exit method (looked up on its class, as `with` does), or else
        # a callable taking the exception details.
        method = getattr(type(exit), name, None)
        if method is None:
            self._exit_callbacks.append((is_async, _NO_CM, exit))
        else:
            self._exit_callbacks.append((is_async, exit, method))

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "") from None
        result = enter(cm)
        self._exit_callbacks.append((False, cm, exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((False, _NO_CM, _callback_wrapper(callback, args, kwds)))
        return callback


_NO_CM = object()


def _callback_wrapper(callback, args, kwds):
    def exit_wrapper(exc_type, exc, tb):
        return callback(*args, **kwds)
    exit_wrapper.__wrapped__ = callback
    return exit_wrapper


class ExitStack(_BaseExitStack):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        frame = _sys.exc_info()[1]
        suppressed = False
        pending = None
        callbacks = self._exit_callbacks
        while callbacks:
            is_async, cm, exit = callbacks.pop()
            try:
                if exit(*exc_details) if cm is _NO_CM else exit(cm, *exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_context(exc, exc_details[1], frame)
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            _raise(pending)
        return received and suppressed

    def close(self):
        self.__exit__(None, None, None)


#- AsyncExitStack
class AsyncExitStack(_lazy("_BaseExitStack")):
    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous ") from None
        result = await enter(cm)
        self._exit_callbacks.append((True, cm, exit))
        return result

    def push_async_exit(self, exit):
        self._push(exit, True, "__aexit__")
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((True, _NO_CM, _callback_wrapper(callback, args, kwds)))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        # Pyrite's sys.exc_info() inside a coroutine does not see its caller's exception;
        # when the body raised, that exception is the one being handled.
        frame = exc_details[1] if received else _sys.exc_info()[1]
        suppressed = False
        pending = None
        callbacks = self._exit_callbacks
        while callbacks:
            is_async, cm, exit = callbacks.pop()
            try:
                result = exit(*exc_details) if cm is _NO_CM else exit(cm, *exc_details)
                if is_async:
                    result = await result
                if result:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_context(exc, exc_details[1], frame, received)
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            _raise(pending)
        return received and suppressed
