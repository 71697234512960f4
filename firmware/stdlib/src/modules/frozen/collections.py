# collections: namedtuple, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList,
# UserString (deque is native: collections.rs).
_sections = __getattr__  # compiles a section of this module (installed before the head runs)


def _need(name):
    # A name defined by a section of this module, compiled on first use.
    value = globals().get(name)
    return value if value is not None else _sections(name)


#- namedtuple
_KEYWORDS = frozenset("False None True and as assert async await break class continue def del "
    "elif else except finally for from global if import in is lambda nonlocal not or pass "
    "raise return try while with yield".split())


def _field_getter(index, name):
    def get(self):
        return self[index]
    get.__name__ = name
    return property(get, doc=f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    fields = tuple(field_names)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if len(args) > count:
            least = count + 1 - len(field_defaults)
            takes = f"from {least} to {count + 1}" if least <= count else f"{count + 1}"
            raise TypeError(f"{typename}.__new__() takes {takes} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        if missing:
            names = " and ".join(", ".join(repr(m) for m in missing).rsplit(", ", 1))
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional "
                            f"argument{'s' if len(missing) > 1 else ''}: {names}")
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != count:
            raise TypeError(f"Expected {count} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(fields, self)]
        if kwargs:
            raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        return tuple.__new__(type(self), values)

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(
            f"{name}={value!r}" for name, value in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index, name)
    cls = type(typename, (tuple,), namespace)
    if module is not None:
        cls.__module__ = module
    return cls


#- OrderedDict
_ordered_repr_running = set()


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(dict.keys(self))) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self) == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(other)
        merged.update(self)
        return merged

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        # One that holds itself shows as `...` there.
        if id(self) in _ordered_repr_running:
            return "..."
        _ordered_repr_running.add(id(self))
        try:
            return f"{self.__class__.__name__}({list(self.items())!r})"
        finally:
            _ordered_repr_running.discard(id(self))

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


#- defaultdict
class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        if key in self:
            return dict.__getitem__(self, key)
        return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return f"{self.__class__.__name__}({factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return self.__class__(self.default_factory, self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(self.default_factory, self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.__class__(self.default_factory, other)
        merged.update(self)
        return merged

    __copy__ = copy


#- Counter
class Counter(dict):
    def __init__(self, iterable=None, /, **kwargs):
        dict.__init__(self)
        self.update(iterable, **kwargs)

    def __getitem__(self, key):
        # A subclass's __missing__ answers for an absent key.
        if key in self:
            return dict.__getitem__(self, key)
        return self.__missing__(key)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "items") and not self:
                # Into an empty Counter a mapping's values go as they are (any values).
                dict.update(self, iterable)
            elif hasattr(iterable, "items"):
                for element, count in iterable.items():
                    self[element] = dict.get(self, element, 0) + count
            else:
                for element in iterable:
                    self[element] = dict.get(self, element, 0) + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "items"):
                for element, count in iterable.items():
                    self[element] = dict.get(self, element, 0) - count
            else:
                for element in iterable:
                    self[element] = dict.get(self, element, 0) - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            pairs = self.most_common()
        except TypeError:
            # Counts that do not compare keep their order.
            pairs = self.items()
        items = ", ".join(f"{key!r}: {count!r}" for key, count in pairs)
        return f"{self.__class__.__name__}({{{items}}})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other


# The arithmetic lives in its own section: compiling it separately keeps the compiler's
# peak memory low on a board.
for _name, _function in _need("_COUNTER_OPS").items():
    setattr(Counter, _name, _function)


def _count_of(pair):
    return pair[1]

#- _COUNTER_OPS
def _keep(pairs):
    result = Counter()
    for element, count in pairs:
        if count > 0:
            dict.__setitem__(result, element, count)
    return result

def _counter_add(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return _keep([(e, self[e] + other[e]) for e in _union(self, other)])

def _counter_sub(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return _keep([(e, self[e] - other[e]) for e in _union(self, other)])

def _counter_or(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return _keep([(e, max(self[e], other[e])) for e in _union(self, other)])

def _counter_and(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return _keep([(e, min(self[e], other[e])) for e in self if e in other])

def _counter_pos(self):
    return _keep(self.items())

def _counter_neg(self):
    return _keep([(e, -c) for e, c in self.items()])

def _counter_le(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return all(self[e] <= other[e] for c in (self, other) for e in c)

def _counter_lt(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return _counter_le(self, other) and self != other

def _counter_ge(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return all(self[e] >= other[e] for c in (self, other) for e in c)

def _counter_gt(self, other):
    if not isinstance(other, Counter):
        return NotImplemented
    return _counter_ge(self, other) and self != other


# In place, as CPython's: the other operand is any mapping, and the counter stays itself.
def _keep_positive(self):
    for e in [e for e, c in self.items() if not c > 0]:
        del self[e]
    return self

def _counter_iadd(self, other):
    for e, c in other.items():
        self[e] += c
    return _keep_positive(self)

def _counter_isub(self, other):
    for e, c in other.items():
        self[e] -= c
    return _keep_positive(self)

def _counter_ior(self, other):
    for e, c in other.items():
        if c > self[e]:
            self[e] = c
    return _keep_positive(self)

def _counter_iand(self, other):
    for e, c in self.items():
        if other[e] < c:
            self[e] = other[e]
    return _keep_positive(self)


_COUNTER_OPS = {"__add__": _counter_add, "__sub__": _counter_sub, "__or__": _counter_or, "__and__": _counter_and,
                "__pos__": _counter_pos, "__neg__": _counter_neg, "__le__": _counter_le,
                "__lt__": _counter_lt, "__ge__": _counter_ge, "__gt__": _counter_gt,
                "__iadd__": _counter_iadd, "__isub__": _counter_isub, "__ior__": _counter_ior,
                "__iand__": _counter_iand}


def _union(first, second):
    keys = list(first)
    keys.extend(e for e in second if e not in first)
    return keys

#- ChainMap
# ChainMap and the User* classes live in the frozen module _collections_more, so that the
# text unpacked for a section lookup here stays small.
from _collections_more import ChainMap

#- UserDict
from _collections_more import UserDict

#- UserList
from _collections_more import UserList

#- UserString
from _collections_more import UserString
