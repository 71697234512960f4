# typing: names that annotated code imports. Subscripting a special form gives back a
# harmless object; nothing is checked at run time.

TYPE_CHECKING = False


class _Form:
    __slots__ = ("_name", "_args")

    def __init__(self, name, args=()):
        self._name = name
        self._args = args

    def __getitem__(self, args):
        if args == () and self._name == "Tuple":
            args = ((),)  # Tuple[()]: the empty tuple type
        args = args if isinstance(args, tuple) else (args,)
        if self._name == "Optional":
            return _union(args + (None,))
        if self._name == "Union":
            return _union(args)
        return _Form(self._name, args)

    def __or__(self, other):
        return _union((self, other))

    def __ror__(self, other):
        return _union((other, self))

    def __eq__(self, other):
        if type(other).__name__ == "UnionType" and self._name == "Union":
            return set(self._args) == set(other.__args__)  # `int | None`
        if not isinstance(other, _Form):
            return NotImplemented
        if self._name == "Union" == other._name:
            return set(self._args) == set(other._args)
        return self._name == other._name and self._args == other._args

    def __hash__(self):
        if self._name == "Union":
            return hash(("Union", frozenset(self._args)))
        return hash((self._name, self._args))

    @property
    def __origin__(self):
        return _origin(self)

    # `isinstance(x, List)` checks the origin; subscripted forms cannot be checked.
    def __instancecheck__(self, obj):
        return isinstance(obj, _check_target(self))

    def __subclasscheck__(self, cls):
        return issubclass(cls, _check_target(self))

    def __mro_entries__(self, bases):
        origin = _origin(self)
        if not isinstance(origin, type):
            raise TypeError("Cannot subclass typing.%s" % self._name)
        return (origin,)

    @property
    def __args__(self):
        return self._args

    def __repr__(self):
        args = self._args
        if not args:
            return "typing." + self._name
        if self._name == "Union" and len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return "typing.Optional[%s]" % _type_repr(other)
        if self._name == "Tuple" and args == ((),):
            return "typing.Tuple[()]"
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in args))


def _check_target(form):
    if form._name == "Union":
        return form._args
    if form._args:
        raise TypeError("Subscripted generics cannot be used with class and instance checks")
    origin = _origin(form)
    if not isinstance(origin, type):
        raise TypeError("typing.%s cannot be used with isinstance()" % form._name)
    return origin


def _type_repr(obj):
    # How typing shows an argument: classes by (qualified) name, `...`, lists of them.
    if isinstance(obj, type) and not hasattr(obj, "__origin__"):
        if obj is type(None):
            return "None"
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


def _union(args):
    # Union[...]: nested unions flattened, None as NoneType, repeats dropped, one type alone.
    flat = []
    for arg in args:
        if arg is None:
            arg = type(None)
        parts = arg._args if isinstance(arg, _Form) and arg._name == "Union" else (arg,)
        for part in parts:
            if part not in flat:
                flat.append(part)
    if len(flat) == 1:
        return flat[0]
    return _Form("Union", tuple(flat))


_ORIGINS = {"List": list, "Dict": dict, "Set": set, "FrozenSet": frozenset, "Tuple": tuple,
            "Type": type}


def _origin(form):
    name = form._name
    if name in _ORIGINS:
        return _ORIGINS[name]
    if name in ("Deque", "DefaultDict", "OrderedDict", "Counter", "ChainMap"):
        import collections
        return getattr(collections, {"Deque": "deque", "DefaultDict": "defaultdict"}.get(name, name))
    if name in ("Union", "ClassVar", "Final", "Literal", "Annotated", "Concatenate",
                "TypeGuard", "Required", "NotRequired", "Unpack"):
        return globals()[name] if name in globals() else __getattr__(name)
    try:
        import collections.abc
        return getattr(collections.abc, {"AbstractSet": "Set", "ContextManager": None}.get(name, name))
    except (AttributeError, TypeError):
        return None


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

#- get_origin get_args
def get_origin(tp):
    if isinstance(tp, _Form):
        return _origin(tp) if tp._args else None
    return getattr(tp, "__origin__", None)


def get_args(tp):
    if isinstance(tp, _Form):
        if tp._name == "Callable" and len(tp._args) == 2 and isinstance(tp._args[0], list):
            return (tp._args[0], tp._args[1])
        return () if tp._args == ((),) else tp._args
    return getattr(tp, "__args__", ())


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
        # `S[int]` is an alias of S (repr `__main__.S[int]`; calling it makes an S).
        return type(list[int])(cls, params)


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
    # CPython's: string annotations (forward references, PEP 563) evaluated where they were
    # written, None as NoneType, a class's hints gathered down its MRO, Annotated stripped.
    if isinstance(obj, type):
        import sys
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__), "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals  # as CPython does
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        kind = type(obj).__name__
        if globalns is None:
            if kind == "module":
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, "__wrapped__"):
                    inner = inner.__wrapped__
                globalns = getattr(inner, "__globals__", {})
        if localns is None:
            localns = globalns
        hints = getattr(obj, "__annotations__", None)
        if hints is None:
            if kind in ("function", "builtin_function_or_method", "method", "module"):
                return {}
            raise TypeError("%r is not a module, class, method, or function." % (obj,))
        hints = {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}
    if include_extras:
        return hints
    return {name: _strip_annotated(value) for name, value in hints.items()}


def _eval_hint(value, globalns, localns, nested=False):
    if value is None and not nested:
        return type(None)
    if isinstance(value, str):
        return _eval_hint(eval(value, globalns, localns), globalns, localns)
    if isinstance(value, list):  # Callable's parameters
        return [_eval_hint(arg, globalns, localns, True) for arg in value]
    if isinstance(value, _Form) and value._args and value._name != "Literal":
        args = value._args
        keep = args[1:] if value._name == "Annotated" else ()  # metadata stays as written
        args = tuple(_eval_hint(arg, globalns, localns, True)
                     for arg in args[:len(args) - len(keep)]) + keep
        if args != value._args:
            return _union(args) if value._name == "Union" else _Form(value._name, args)
    elif type(value).__name__ == "GenericAlias":
        args = tuple(_eval_hint(arg, globalns, localns, True) for arg in value.__args__)
        if args != value.__args__:
            return value.__origin__[args]
    return value


def _strip_annotated(value):
    if isinstance(value, _Form) and value._args and value._name != "Literal":
        if value._name == "Annotated":
            return _strip_annotated(value._args[0])
        args = tuple(_strip_annotated(arg) for arg in value._args)
        if args != value._args:
            return _union(args) if value._name == "Union" else _Form(value._name, args)
    return value

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
