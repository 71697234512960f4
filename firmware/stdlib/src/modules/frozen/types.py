# types: names for the interpreter's own types, each found by making an example of it (so
# they are Pyrite's real classes), plus SimpleNamespace, MappingProxyType, new_class and
# coroutine. Written for Pyrite from the CPython 3.11 documentation.
#
# In Pyrite a coroutine is a generator (CoroutineType is GeneratorType), bound methods of
# built-in objects are `method`s, FrameType is the stand-in frame of a traceback, and there
# are no descriptor types.
import sys as _sys


def _f():
    pass


FunctionType = LambdaType = type(_f)
CodeType = type(_f.__code__)
MethodType = type(_f.__get__(0))
CellType = type((lambda x: lambda: x)(0).__closure__[0])
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _f():
    yield


GeneratorType = type(_f())


async def _f():
    pass


_f = _f()
CoroutineType = type(_f)
_f.close()
del _f, _sys


#- AsyncGeneratorType
async def _f():
    yield


AsyncGeneratorType = type(_f())
del _f


#- TracebackType FrameType
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)


#- SimpleNamespace
_repr_running = set()


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        name = "namespace" if cls is SimpleNamespace else cls.__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            return "%s(%s)" % (name, ", ".join("%s=%r" % item for item in self.__dict__.items()))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


#- MappingProxyType
# A read-only view of a mapping (a live view: changes to the mapping show through).
class mappingproxy:
    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not "
                            + type(mapping).__name__)
        self = object.__new__(cls)
        self._mapping = mapping
        return self

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _delegate(name):
    # One code object for every read-only method: the mapping's own, called.
    return lambda self, *args: getattr(self._mapping, name)(*args)


for _name in ("__getitem__", "__iter__", "__len__", "__contains__", "__reversed__", "get",
              "keys", "values", "items", "copy"):
    setattr(mappingproxy, _name, _delegate(_name))
mappingproxy.__module__ = "builtins"
MappingProxyType = mappingproxy
del _name, _delegate


#- GenericAlias UnionType
GenericAlias = type(list[int])
UnionType = type(int | str)


#- new_class resolve_bases
def resolve_bases(bases):
    # PEP 560: a base that is not a class stands for what its __mro_entries__ returns.
    resolved = []
    changed = False
    for base in bases:
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            entries = base.__mro_entries__(bases)
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            resolved.extend(entries)
            changed = True
        else:
            resolved.append(base)
    return tuple(resolved) if changed else bases


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop("metaclass", type)
    if isinstance(meta, type):
        # The most derived metaclass of the bases.
        for base in resolved:
            if issubclass(type(base), meta):
                meta = type(base)
    ns = meta.__prepare__(name, resolved, **kwds) if hasattr(meta, "__prepare__") else {}
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


#- coroutine
def coroutine(func):
    # A generator can already be awaited in Pyrite (coroutines are generators).
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func
