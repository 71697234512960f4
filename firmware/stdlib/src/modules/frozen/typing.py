# typing: names that annotated code imports. Subscripting a special form gives back a
# harmless object; nothing is checked at run time.

TYPE_CHECKING = False


class _Form:
    __slots__ = ("_name", "_args")

    def __init__(self, name, args=()):
        self._name = name
        self._args = args

    def __getitem__(self, args):
        return _Form(self._name, args if isinstance(args, tuple) else (args,))

    def __or__(self, other):
        return _Form("Union", (self, other))

    def __repr__(self):
        if not self._args:
            return "typing." + self._name
        return "typing.%s[%s]" % (self._name, ", ".join(
            a.__name__ if isinstance(a, type) else repr(a) for a in self._args))


# The special forms, made when first used (one string: no set of 60 strs on the heap).
_FORMS = (" Any Union Optional List Dict Set FrozenSet Tuple Type Callable Iterable "
          "Iterator Generator Sequence MutableSequence Mapping MutableMapping "
          "AbstractSet MutableSet Collection Container Sized Hashable Reversible "
          "Awaitable Coroutine AsyncIterator AsyncIterable AsyncGenerator Deque "
          "DefaultDict OrderedDict Counter ChainMap ClassVar Final Literal Annotated "
          "NoReturn Never Self LiteralString TypeAlias Concatenate TypeGuard Required "
          "NotRequired Unpack IO TextIO BinaryIO Pattern Match SupportsInt "
          "SupportsFloat SupportsIndex SupportsAbs SupportsBytes SupportsComplex "
          "SupportsRound KeysView ValuesView ItemsView ContextManager AsyncContextManager ")
_LAZY_PUBLIC = _FORMS  # in __all__ too (frozen.rs)
_sections = __getattr__  # compiles a section of this module (installed before the head runs)


def __getattr__(name):
    if " %s " % name in _FORMS:
        form = _Form(name)
        globals()[name] = form
        return form
    return _sections(name)


Text = str
ByteString = bytes

#- TypeVar ParamSpec TypeVarTuple AnyStr


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return _Form("Union", (self, other))


class ParamSpec(TypeVar):
    args = kwargs = None


TypeVarTuple = TypeVar
AnyStr = TypeVar("AnyStr", bytes, str)

#- Generic Protocol
class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


# Structural checks as CPython 3.11's: isinstance with a @runtime_checkable protocol
# looks for its members on the object; issubclass for one with only methods, on the class.
_NOT_MEMBERS = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__qualname__", "__parameters__", "__orig_bases__",
    "__orig_class__", "_is_protocol", "_is_runtime_protocol", "__init_subclass__"))


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in [*base.__dict__, *base.__dict__.get("__annotations__", {})]:
            if not name.startswith("_abc_") and name not in _NOT_MEMBERS:
                members.add(name)
    return members


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _check_runtime(cls):
    if not cls.__dict__.get("_is_runtime_protocol", False):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


class _ProtocolMeta(type):
    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get("_is_protocol", False):
            return cls in type(instance).__mro__
        _check_runtime(cls)
        if _methods_only(cls) and cls in type(instance).__mro__:
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return cls in other.__mro__
        _check_runtime(cls)
        if not _methods_only(cls):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        for name in _protocol_members(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

#- cast
def cast(typ, val):
    return val

#- overload final no_type_check runtime_checkable assert_type reveal_type get_type_hints
def _identity(obj):
    return obj


overload = final = no_type_check = _identity


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", None) or {})

#- NewType
def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type

#- NamedTuple
def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _named_tuple(typename, list(fields))


def _named_tuple(typename, fields, defaults=()):
    from collections import namedtuple
    made = namedtuple(typename, [name for name, _ in fields], defaults=defaults)
    made.__annotations__ = dict(fields)
    return made


# `class Point(NamedTuple): x: int` derives from _NamedTuple (NamedTuple's __mro_entries__),
# whose metaclass makes a namedtuple of the annotated fields and copies the body's methods.
class _NamedTupleMeta(type):
    def __new__(metacls, typename, bases, namespace):
        fields = namespace.get("__annotations__", {})
        with_default = []
        for name in fields:
            if name in namespace:
                with_default.append(name)
            elif with_default:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(with_default) > 1 else "",
                                   ", ".join(with_default)))
        made = _named_tuple(typename, list(fields.items()),
                            [namespace[name] for name in with_default])
        for key, value in namespace.items():
            if key in ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                       "_field_defaults", "_make", "_replace", "_asdict", "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ("__module__", "__qualname__", "__annotations__", "__doc__") \
                    and key not in fields:
                setattr(made, key, value)
        if "__module__" in namespace:
            made.__module__ = namespace["__module__"]
        if "__doc__" in namespace:
            made.__doc__ = namespace["__doc__"]
        return made


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)

#- TypedDict
def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {"__annotations__": dict(fields)}, total=total)


# `class Movie(TypedDict): name: str` derives from _TypedDict (TypedDict's __mro_entries__):
# a dict subclass keeping the annotations and which keys are required; calling it makes a
# plain dict, as CPython's.
class _TypedDictMeta(type):
    def __new__(metacls, name, bases, namespace, total=True):
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = namespace.get("__annotations__", {})
        annotations.update(own)
        (required if total else optional).update(own)
        namespace = dict(namespace)
        namespace.update(__annotations__=annotations, __total__=total,
                         __required_keys__=frozenset(required),
                         __optional_keys__=frozenset(optional))
        return super().__new__(metacls, name, (dict,), namespace)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
