# _collections_more: collections.ChainMap, UserDict, UserList and UserString (collections
# imports each from here on first use). Written for Pyrite from the CPython 3.11 documentation.
_sections = __getattr__  # compiles a section of this module (installed before the head runs)


def _need(name):
    # A name defined by a section of this module, compiled on first use.
    value = globals().get(name)
    return value if value is not None else _sections(name)


#- _MutableMapping
# What collections.abc.MutableMapping adds to a class with __getitem__, __setitem__,
# __delitem__, __iter__ and __len__ (ChainMap and UserDict build on it).
class _MutableMapping:
    __reversed__ = None

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
        return True

    def keys(self):
        return _need("_KeysView")(self)

    def items(self):
        return _need("_ItemsView")(self)

    def values(self):
        return _need("_ValuesView")(self)

    def __eq__(self, other):
        if not (hasattr(other, "items") and hasattr(other, "__getitem__")):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


#- _KeysView _ItemsView _ValuesView
# The views keys(), items() and values() return.
class _MappingView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


class KeysView(_MappingView):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_MappingView):
    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    def __contains__(self, value):
        for found in self:
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_KeysView, _ItemsView, _ValuesView = KeysView, ItemsView, ValuesView
del KeysView, ItemsView, ValuesView


#- ChainMap
_chain_repr_running = set()


class ChainMap(_need("_MutableMapping")):
    __module__ = "collections"

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        # One that holds itself shows as `...` there.
        if id(self) in _chain_repr_running:
            return "..."
        _chain_repr_running.add(id(self))
        try:
            return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"
        finally:
            _chain_repr_running.discard(id(self))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        made = self.copy()
        made.maps[0].update(other)
        return made

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


#- UserDict
class UserDict(_need("_MutableMapping")):
    __module__ = "collections"

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        made = self.__class__.__new__(self.__class__)
        made.__dict__.update(self.__dict__)
        made.__dict__["data"] = self.data.copy()
        return made

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


#- _Delegate
def _f():
    pass


_Method = type(_f.__get__(0))
del _f


class _Delegate:
    # A method of UserList or UserString that calls the method of the same name on `data`
    # (a descriptor costs far less heap than a def). `mode` 1: a str or list result comes
    # back as the instance's class; 2: arguments of the owner class are unwrapped first.
    __slots__ = ("name", "mode", "owner")

    def __init__(self, mode=0):
        self.mode = mode

    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name

    def __get__(self, instance, owner=None):
        return self if instance is None else _Method(self, instance)

    def __call__(self, instance, /, *args, **kwargs):
        if self.mode & 2:
            args = [a.data if isinstance(a, self.owner) else a for a in args]
        result = getattr(instance.data, self.name)(*args, **kwargs)
        if self.mode & 1 and result is not NotImplemented:
            return instance.__class__(result)
        return result


#- UserList
_need("_Delegate")


class UserList:
    __module__ = "collections"

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    __hash__ = None
    __contains__ = _Delegate()
    __len__ = _Delegate()
    __iter__ = _Delegate()
    __reversed__ = _Delegate()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    __setitem__ = _Delegate()
    __delitem__ = _Delegate()

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, list):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, list):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        self.extend(other)
        return self

    __mul__ = _Delegate(1)
    __rmul__ = _Delegate(1)

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        made = self.__class__.__new__(self.__class__)
        made.__dict__.update(self.__dict__)
        made.__dict__["data"] = self.data[:]
        return made

    append = _Delegate()
    insert = _Delegate()
    pop = _Delegate()
    remove = _Delegate()
    clear = _Delegate()

    def copy(self):
        return self.__class__(self)

    count = _Delegate()
    index = _Delegate()
    reverse = _Delegate()
    sort = _Delegate()

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


def _list_of(value):
    return value.data if isinstance(value, UserList) else value


#- UserString
_need("_Delegate")


class UserString:
    __module__ = "collections"

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    __str__ = _Delegate()
    __repr__ = _Delegate()

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    __hash__ = _Delegate()

    def __getnewargs__(self):
        return (self.data[:],)

    __eq__ = _Delegate(2)

    def __lt__(self, other):
        return self.data < _str_of(other)

    def __le__(self, other):
        return self.data <= _str_of(other)

    def __gt__(self, other):
        return self.data > _str_of(other)

    def __ge__(self, other):
        return self.data >= _str_of(other)

    __contains__ = _Delegate(2)
    __len__ = _Delegate()
    __getitem__ = _Delegate(1)

    def __iter__(self):
        for char in self.data:
            yield self.__class__(char)

    def __reversed__(self):
        for char in reversed(self.data):
            yield self.__class__(char)

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return self.__class__(self.data + _str_of(other))
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    __mul__ = _Delegate(1)
    __rmul__ = _Delegate(1)
    __mod__ = _Delegate(1)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode("utf-8" if encoding is None else encoding,
                                "strict" if errors is None else errors)

    maketrans = str.maketrans
    capitalize = _Delegate(1)
    casefold = _Delegate(1)
    center = _Delegate(1)
    count = _Delegate(2)
    endswith = _Delegate()
    expandtabs = _Delegate(1)
    find = _Delegate(2)
    format = _Delegate()
    format_map = _Delegate()
    index = _Delegate()
    isalnum = _Delegate()
    isalpha = _Delegate()
    isascii = _Delegate()
    isdecimal = _Delegate()
    isdigit = _Delegate()
    isidentifier = _Delegate()
    islower = _Delegate()
    isnumeric = _Delegate()
    isprintable = _Delegate()
    isspace = _Delegate()
    istitle = _Delegate()
    isupper = _Delegate()
    join = _Delegate()
    ljust = _Delegate(1)
    lower = _Delegate(1)
    lstrip = _Delegate(1)
    partition = _Delegate()
    removeprefix = _Delegate(3)
    removesuffix = _Delegate(3)
    replace = _Delegate(3)
    rfind = _Delegate(2)
    rindex = _Delegate()
    rjust = _Delegate(1)
    rpartition = _Delegate()
    rsplit = _Delegate()
    rstrip = _Delegate(1)
    split = _Delegate()
    splitlines = _Delegate()
    startswith = _Delegate()
    strip = _Delegate(1)
    swapcase = _Delegate(1)
    title = _Delegate(1)
    translate = _Delegate(1)
    upper = _Delegate(1)
    zfill = _Delegate(1)


def _str_of(value):
    return value.data if isinstance(value, UserString) else value
