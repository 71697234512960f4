# collections.abc: the abstract base classes of the container protocols, written for Pyrite
# from the CPython 3.11 documentation (the table of ABCs, their abstract methods and their
# mixin methods).
#
# The one-method ABCs (head) recognise any class that has the method (`__subclasshook__`);
# the container ABCs (sections) count their registered built-in types and real subclasses.
from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


def _natives():
    # Pyrite's built-in types answer these protocols natively, without the method in their
    # class dict: what CPython's classes have there, or get from the container ABC they are
    # registered with (a tuple is Reversible as a Sequence).
    it, ln, ct, rv, gi, cl = ("__iter__", "__len__", "__contains__", "__reversed__",
                              "__getitem__", "__call__")
    sequence, collection, view = (it, ln, ct, rv, gi), (it, ln, ct), (it, ln, ct, rv)
    table = {type(len): (cl,), type(_natives): (cl,), type(_natives.__get__(0)): (cl,)}
    for types, methods in (((tuple, list, str, bytes, bytearray, range, memoryview, dict),
                            sequence),
                           ((set, frozenset), collection),
                           ((type({}.keys()), type({}.items()), type({}.values())), view)):
        for t in types:
            table[t] = methods
    return table


_NATIVE = _natives()
del _natives


def _check_methods(C, *methods):
    # True when every method is defined (and not None) along C's MRO, else NotImplemented.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            own = B.__dict__
            if method in own:
                if own[method] is None:
                    return NotImplemented
                break
            if method in _NATIVE.get(B, ()):
                break
        else:
            return NotImplemented
    return True


def _abstract(self, *args):
    pass


_abstract.__isabstractmethod__ = True
_hooked = {}


def _registered_in():
    # For the built-in types the container ABCs' sections register: the ABC whose section
    # does, and the ABCs that then count the type. Asking one of those about such a type
    # compiles that section first.
    mm, ms, s, q = ("Mapping", "MutableMapping"), ("Set", "MutableSet"), ("Set",), ("Sequence",)
    mq = ("Sequence", "MutableSequence", "ByteString")
    k, i, v = ("MappingView", "KeysView", "Set"), ("MappingView", "ItemsView", "Set"), (
        "MappingView", "ValuesView")
    import collections
    return {dict: ("MutableMapping", mm), set: ("MutableSet", ms), frozenset: ("Set", s),
            tuple: ("Sequence", q), str: ("Sequence", q), range: ("Sequence", q),
            memoryview: ("Sequence", q), list: ("Sequence", mq), bytearray: ("Sequence", mq),
            bytes: ("Sequence", mq), collections.deque: ("Sequence", mq),
            type({}.keys()): ("KeysView", k), type({}.items()): ("ItemsView", i),
            type({}.values()): ("ValuesView", v)}


_REGISTERED_IN = _registered_in()
del _registered_in


# The classes of `collections` that CPython derives from these ABCs, and the ABCs that count
# them: Pyrite's keep mixins of their own (using one compiles no ABC).
_COLLECTIONS = {"ChainMap": ("Mapping", "MutableMapping"),
                "UserDict": ("Mapping", "MutableMapping"),
                "UserList": ("Sequence", "MutableSequence"),
                "UserString": ("Sequence",)}


def _hook(cls, C):
    # The one-method ABCs' `__subclasshook__`: only the ABC itself (not its subclasses)
    # recognises classes by their methods. For the others, the section registering a
    # built-in base of C is compiled first, so its registrations count.
    methods = _hooked.get(cls)
    if methods is not None:
        return _check_methods(C, *methods)
    if cls.__module__ != __name__:
        return NotImplemented
    name = cls.__name__
    for B in C.__mro__:
        section, counted_by = _REGISTERED_IN.get(B, (None, ()))
        if name in counted_by:
            getattr(__import__("sys").modules[__name__], section)
        if getattr(B, "__module__", None) == "collections" and name in _COLLECTIONS.get(
                B.__name__, ()):
            return True
    return NotImplemented


_hook = classmethod(_hook)


def _one_method(name, bases, abstract, hooked):
    # An ABC with the `abstract` methods whose subclasses include every class that defines
    # all the `hooked` ones. The functions are shared: each ABC costs only its class.
    namespace = {"__slots__": (), "__subclasshook__": _hook, "__module__": "collections.abc"}
    for method in abstract:
        namespace[method] = _abstract
    abc = ABCMeta(name, bases, namespace)
    _hooked[abc] = hooked
    return abc



Iterable = _one_method("Iterable", (), ("__iter__",), ("__iter__",))
Iterator = _one_method("Iterator", (Iterable,), ("__next__",), ("__iter__", "__next__"))
Reversible = _one_method("Reversible", (Iterable,), ("__reversed__", "__iter__"),
                         ("__reversed__", "__iter__"))
Sized = _one_method("Sized", (), ("__len__",), ("__len__",))
Container = _one_method("Container", (), ("__contains__",), ("__contains__",))
Collection = _one_method("Collection", (Sized, Iterable, Container),
                         ("__len__", "__iter__", "__contains__"),
                         ("__len__", "__iter__", "__contains__"))


def _return_self(self):
    return self


Iterator.__iter__ = _return_self


#- Hashable
import collections as _collections

_UNHASHABLE = (list, dict, set, bytearray, _collections.deque, type({}.keys()),
               type({}.items()))
del _collections


def _hashable_hook(cls, C):
    if cls is Hashable:
        for B in C.__mro__:
            if "__hash__" in B.__dict__:
                return True if B.__dict__["__hash__"] is not None else NotImplemented
            if B in _UNHASHABLE:
                return NotImplemented
    return NotImplemented


Hashable = _one_method("Hashable", (), ("__hash__",), ())
Hashable.__subclasshook__ = classmethod(_hashable_hook)
del _hooked[Hashable], _hashable_hook


#- Callable
Callable = _one_method("Callable", (), ("__call__",), ("__call__",))


#- Generator Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator
Generator = _one_method("Generator", (Iterator,), ("send", "throw"),
                        ("__iter__", "__next__", "send", "throw", "close"))
Awaitable = _one_method("Awaitable", (), ("__await__",), ("__await__",))
Coroutine = _one_method("Coroutine", (Awaitable,), ("__await__", "send", "throw"),
                        ("__await__", "send", "throw", "close"))
AsyncIterable = _one_method("AsyncIterable", (), ("__aiter__",), ("__aiter__",))
AsyncIterator = _one_method("AsyncIterator", (AsyncIterable,), ("__anext__",),
                            ("__anext__", "__aiter__"))
AsyncGenerator = _one_method("AsyncGenerator", (AsyncIterator,), ("asend", "athrow"),
                             ("__aiter__", "__anext__", "asend", "athrow", "aclose"))


# Mixin methods, as CPython's ABCs give their subclasses.
def _generator_next(self):
    return self.send(None)


def _generator_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError("generator ignored GeneratorExit")


def _return_self(self):
    return self


async def _anext(self):
    return await self.asend(None)


async def _aclose(self):
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        pass
    else:
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


AsyncIterator.__aiter__ = _return_self
Generator.__next__ = _generator_next
Generator.close = Coroutine.close = _generator_close
AsyncGenerator.__anext__ = _anext
AsyncGenerator.aclose = _aclose
del _return_self, _generator_next, _generator_close, _anext, _aclose


def _f():
    yield


Generator.register(type(_f()))


async def _f():
    pass


_f = _f()
Coroutine.register(type(_f))
_f.close()
del _f


#- Set MutableSet
class Set(Collection):
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        h = 1927868237 * (len(self) + 1)
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
        h = h * 69069 + 907133923
        return h if h != -1 else 590923713



class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


Set.register(frozenset)
MutableSet.register(set)


#- Mapping MutableMapping
class Mapping(Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    # The views are their own section, compiled when first asked for.
    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None



_marker = object()


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


#- MappingView KeysView ItemsView ValuesView
from collections.abc import Set  # noqa: E402 (the Set section, compiled on first use)


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]



KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))


#- Sequence MutableSequence ByteString
class Sequence(Reversible, Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)



class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


for _type in (tuple, str, range, memoryview):
    Sequence.register(_type)
for _type in (bytes, bytearray):
    ByteString.register(_type)
for _type in (list, bytearray):
    MutableSequence.register(_type)
import collections as _collections  # noqa: E402

MutableSequence.register(_collections.deque)
del _type, _collections
