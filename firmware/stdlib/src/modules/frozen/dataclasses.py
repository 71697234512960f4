# dataclasses: the @dataclass decorator and its helpers (PEP 557), as Python 3.11 documents
# them. The generated methods are closures over per-class tables, not source text compiled
# with exec; __init__ binds its arguments itself and raises CPython's messages for a bad call.
# The head holds what every dataclass needs; what only some need (frozen classes, slots, the
# message for a bad call, InitVar, KW_ONLY) is in sections, which the head compiles through
# _lazy when it first needs them.

import sys as _sys


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()
# A field's kind, as Field.__repr__ shows it.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"
_ATTRS = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare",
          "metadata", "kw_only")


def _lazy(name):
    # A section's name, compiled on first use (the head cannot name it directly).
    return globals().get(name) or __getattr__(name)


def _attrs_repr(obj, attrs, tail=""):
    return "%s(%s%s)" % (type(obj).__name__,
                         ",".join(["%s=%r" % (a, getattr(obj, a)) for a in attrs]), tail)


class mappingproxy(dict):
    # The read-only copy of a field's metadata (named as CPython's type, for its messages).
    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __repr__(self):
        return "mappingproxy(%r)" % (dict(self),)

    def __str__(self):
        return repr(dict(self))


_mappingproxy = mappingproxy
del mappingproxy
_EMPTY_METADATA = _mappingproxy()


class Field:
    # Class-level defaults: an instance stores only what differs (instances keep their
    # attributes in a dict, so fewer is smaller).
    name = type = _field_type = hash = None
    default = default_factory = kw_only = MISSING
    init = repr = compare = True
    metadata = _EMPTY_METADATA

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        for name, value in zip(_ATTRS[2:], (default, default_factory, init, repr, hash, compare,
                                            _EMPTY_METADATA, kw_only)):
            if value is not getattr(Field, name):
                setattr(self, name, value)
        if metadata is not None:
            self.metadata = _mappingproxy(metadata)

    def __repr__(self):
        return _attrs_repr(self, _ATTRS, ",_field_type=%s" % self._field_type)

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __repr__(self):
        return _attrs_repr(self, self.__slots__)


_PARAMS = {}


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_named(t, name, module):
    # `t` is the object `name` of section or module `module` (if that was made), or a string
    # annotation naming `name` or `module.name`, bare or subscripted.
    if isinstance(t, str):
        t = t.strip()
        return any(t == n or t.startswith(n + "[") for n in (name, module + "." + name))
    if module == "typing":
        typing = _sys.modules.get("typing")
        return typing is not None and isinstance(t, typing._Form) and t._name == name
    obj = globals().get(name)
    return obj is not None and (t is obj or isinstance(obj, type) and isinstance(t, obj))


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = (_FIELD_CLASSVAR if _is_named(annotation, "ClassVar", "typing") else
                     _FIELD_INITVAR if _is_named(annotation, "InitVar", "dataclasses") else
                     _FIELD)
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % name)
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    # CPython's test is `type(default).__hash__ is None`; the VM's list, dict, set and
    # bytearray inherit object's __hash__ (hashing them raises), so they are named.
    h = getattr(type(f.default), "__hash__", None)
    if f._field_type is _FIELD and (h is None or h is object.__hash__ and isinstance(
            f.default, (list, dict, set, bytearray))):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _init_fn(cls, init_fields, frozen, slots):
    # The parameters: `pos` (before `*`), `kw` (keyword-only); `need` the required ones.
    pos = []
    kw = []
    need = []
    seen_default = False
    initvars = False
    for f in init_fields:
        initvars = initvars or f._field_type is _FIELD_INITVAR
        if f.init:
            (kw if f.kw_only else pos).append(f.name)
            if f.default is MISSING and f.default_factory is MISSING:
                need.append(f.name)
                if seen_default and not f.kw_only:
                    raise TypeError("non-default argument %r follows default argument"
                                    % f.name)
            elif not f.kw_only:
                seen_default = True
    # Everything __init__ needs, in one tuple (one closure cell instead of eight).
    plan = (tuple(pos), tuple(kw), tuple(need), init_fields,
            object.__setattr__ if frozen else setattr, hasattr(cls, "__post_init__"),
            len(init_fields) == len(pos) and not initvars, slots)

    def __init__(self, /, *args, **kwargs):
        pos, kw, need, init_fields, setter, post_init, fast, slots = plan
        # The fast path: only positional arguments, and every field is a plain positional one.
        if fast and not kwargs and len(need) <= len(args) <= len(pos):
            for name, value in zip(pos, args):
                setter(self, name, value)
            for f in init_fields[len(args):]:
                setter(self, f.name, f.default if f.default_factory is MISSING else
                       f.default_factory())
            if post_init:
                self.__post_init__()
            return
        values = dict(zip(pos, args))
        bad = len(args) > len(pos)
        for name in kwargs:
            if name in values or name not in pos and name not in kw:
                bad = True
        values.update(kwargs)
        for name in need:
            if name not in values:
                bad = True
        if bad:
            raise _lazy("_call_error")(__init__.__qualname__, pos, kw, need, args, kwargs)
        initvalues = []
        for f in init_fields:
            name = f.name
            if f.init and name in values:
                value = values[name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init or (slots and f.default is not MISSING):
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvalues.append(value)
            else:
                setter(self, name, value)
        if post_init:
            self.__post_init__(*initvalues)
    return __init__


# The (object, class) pairs whose __repr__ is running: a recursive one gives "...".
_REPR_RUNNING = set()


def _repr_fn(names):
    def __repr__(self):
        key = (id(self), id(names))
        if key in _REPR_RUNNING:
            return "..."
        _REPR_RUNNING.add(key)
        try:
            return "%s(%s)" % (self.__class__.__qualname__, ", ".join(
                ["%s=%r" % (n, getattr(self, n)) for n in names]))
        finally:
            _REPR_RUNNING.discard(key)
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _cmp_fn(names, op):
    # `op` is tuple's own comparison (tuple.__lt__, ...), applied to the compared fields.
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_values(self, names), _values(other, names))
        return NotImplemented
    return compare


def _hash_fn(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _set_new(cls, name, value):
    # Adds a generated method unless the class body defined `name` (then returns True).
    if name in cls.__dict__:
        return True
    if callable(value):
        value.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    any_frozen_base = dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            all_fields.update(base_fields)
            dataclass_bases = True
            any_frozen_base = any_frozen_base or base.__dataclass_params__.frozen
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_named(annotation, "KW_ONLY", "dataclasses"):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            kw_only_seen = kw_only = True
        else:
            own.append(_get_field(cls, name, annotation, kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    if dataclass_bases and (not any_frozen_base) != (not frozen):
        raise TypeError("cannot inherit %s dataclass from a %s one" % (
            ("frozen", "non-frozen") if frozen else ("non-frozen", "frozen")))
    # The fields __init__ knows (InitVars too), the real ones, and what each method uses.
    init_fields = []
    names = []
    repr_names = []
    compared = []
    hashed = []
    for f in all_fields.values():
        if f._field_type is not _FIELD_CLASSVAR:
            init_fields.append(f)
        if f._field_type is _FIELD:
            names.append(f.name)
            if f.repr:
                repr_names.append(f.name)
            if f.compare:
                compared.append(f.name)
            if f.compare if f.hash is None else f.hash:
                hashed.append(f.name)
    names = tuple(names)
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        # Made first, so that the generated methods close over the class they belong to.
        cls = _lazy("_add_slots")(cls, names, weakref_slot)
    cls.__dataclass_fields__ = all_fields
    # One _DataclassParams per combination of flags, shared by the classes that use it.
    key = (init, repr, eq, order, unsafe_hash, frozen)
    params = _PARAMS.get(key)
    if params is None:
        params = _PARAMS[key] = _DataclassParams()
        for name, value in zip(params.__slots__, key):
            setattr(params, name, value)
    cls.__dataclass_params__ = params
    class_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or
                         (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    if init:
        _set_new(cls, "__init__", _init_fn(cls, init_fields, frozen, slots))
    if repr:
        _set_new(cls, "__repr__", _repr_fn(tuple(repr_names)))
    compared = tuple(compared)
    for name in ("__eq__", "__lt__", "__le__", "__gt__", "__ge__")[0 if eq else 1:
                                                                   5 if order else 1]:
        if _set_new(cls, name, _cmp_fn(compared, getattr(tuple, name))) and name != "__eq__":
            raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                            "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        for fn in _lazy("_frozen_fns")(cls, names):
            if _set_new(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (fn.__name__, cls.__name__))
    # CPython's table: add a __hash__, set it to None, keep the inherited one, or refuse.
    if unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
    elif eq and not explicit_hash and not frozen:
        cls.__hash__ = None
    if unsafe_hash or eq and frozen and not explicit_hash:
        cls.__hash__ = fn = _hash_fn(tuple(hashed))
        fn.__qualname__ = cls.__qualname__ + ".__hash__"
    if match_args:
        _set_new(cls, "__match_args__",
                 tuple([f.name for f in init_fields if f.init and not f.kw_only]))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)

#- _call_error
def _call_error(qualname, pos, kw, need, args, kwargs):
    # The TypeError CPython raises for this bad call of __init__, checked in CPython's order.
    given = dict(zip(pos, args))
    for name in kwargs:
        if name not in pos and name not in kw:
            text = "got an unexpected keyword argument %r" % name
            break
        if name in given:
            text = "got multiple values for argument %r" % name
            break
    else:
        n = len(args) + 1
        if n > len(pos) + 1:
            most = len(pos) + 1
            least = len([p for p in pos if p in need]) + 1
            takes = "%d" % most if least == most else "from %d to %d" % (least, most)
            kw_given = len([k for k in kwargs if k in kw])
            text = "takes %s positional argument%s but %s given" % (
                takes, "" if takes == "1" else "s",
                "%d positional arguments (and %d keyword-only argument%s) were" % (
                    n, kw_given, "" if kw_given == 1 else "s") if kw_given else "%d were" % n)
        else:
            given.update(kwargs)
            for kind, names in (("positional", pos), ("keyword-only", kw)):
                missing = [repr(p) for p in names if p in need and p not in given]
                if missing:
                    break
            last = missing.pop()
            text = "missing %d required %s argument%s: %s" % (
                len(missing) + 1, kind, "s" if missing else "",
                ", ".join(missing) + ("," if len(missing) > 1 else "") + " and " + last
                if missing else last)
    return TypeError("%s() %s" % (qualname, text))

#- _frozen_fns FrozenInstanceError
class FrozenInstanceError(AttributeError):
    pass


def _frozen_fns(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__

#- _add_slots
def _add_slots(cls, names, weakref_slot):
    ns = dict(cls.__dict__)
    if "__slots__" in ns:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        s = base.__dict__.get("__slots__", ())
        inherited.update((s,) if isinstance(s, str) else s)
    ns["__slots__"] = tuple([n for n in names + (("__weakref__",) if weakref_slot else ())
                             if n not in inherited])
    for name in names + ("__dict__", "__weakref__"):
        ns.pop(name, None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new

#- InitVar
class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return "dataclasses.InitVar[%s]" % (t.__name__ if isinstance(t, type) else repr(t))

    def __class_getitem__(cls, t):
        return InitVar(t)

#- KW_ONLY
class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

#- fields
def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in fs.values() if f._field_type is _FIELD])

#- is_dataclass
def is_dataclass(obj):
    return hasattr(obj if isinstance(obj, type) else type(obj), "__dataclass_fields__")

#- asdict astuple
def _copy(obj, factory, keyed):
    # A deep copy of dataclasses (through `factory`), lists, tuples and dicts in `obj`.
    if hasattr(type(obj), "__dataclass_fields__"):
        items = []
        for f in obj.__dataclass_fields__.values():
            if f._field_type is _FIELD:
                value = _copy(getattr(obj, f.name), factory, keyed)
                items.append((f.name, value) if keyed else value)
        return factory(items)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_copy(v, factory, keyed) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_copy(v, factory, keyed) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_copy(k, factory, keyed), _copy(v, factory, keyed))
                          for k, v in obj.items()])
    return obj


def _check(obj, name):
    if not hasattr(type(obj), "__dataclass_fields__"):
        raise TypeError(name + "() should be called on dataclass instances")


def asdict(obj, *, dict_factory=dict):
    _check(obj, "asdict")
    return _copy(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    _check(obj, "astuple")
    return _copy(obj, tuple_factory, False)

#- replace
def replace(obj, /, **changes):
    if not hasattr(type(obj), "__dataclass_fields__"):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

#- make_dataclass
_KEYWORDS = (" False None True and as assert async await break class continue def del elif "
             "else except finally for from global if import in is lambda nonlocal not or "
             "pass raise return try while with yield ")


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, ns[item[0]] = item
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if " %s " % name in _KEYWORDS:
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = tp
    ns["__annotations__"] = annotations
    return dataclass(type(cls_name, tuple(bases), ns), init=init, repr=repr, eq=eq,
                     order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
