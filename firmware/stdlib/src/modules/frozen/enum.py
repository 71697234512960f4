# enum: enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag), written for Pyrite from the
# CPython 3.11 documentation. EnumType is a real metaclass: members are made when the class
# statement ends, from the class body's plain attributes in definition order. The head holds
# what a plain `Enum` needs; the other kinds and the functional API are sections compiled on
# first use (the head reaches them through `_lazy`).

_MISSING = object()


def _lazy(name):
    # A section's name, compiled on first use (the head cannot name it directly).
    return globals().get(name) or __getattr__(name)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(value):
    return (hasattr(value, "__get__") or hasattr(value, "__set__")
            or hasattr(value, "__delete__"))


# A placeholder: the member's value comes from `_generate_next_value_`.
class auto:
    def __init__(self, value=_MISSING):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _next_int(name, start, count, last_values):
    # One more than the last value that takes + 1, else `start` (as CPython 3.11).
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            pass
    return start


class _EnumDict(dict):
    # The class body's namespace: a member named twice is an error, and `auto()` takes its
    # value as it is assigned (so the body can use it: `AB = A | B`).
    def __init__(self, generate):
        super().__init__()
        self._generate = generate
        self._member_names = []
        self._last_values = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate = value
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _MISSING:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _first_enum(bases):
    # CPython's "first enum" is the last enum base (IntFlag(int, ReprEnum, Flag): Flag).
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


def _member_type(bases):
    # The data type mixed in (int for IntEnum, str for StrEnum), else object.
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            return klass
    return object


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        first = _first_enum(bases)
        return _EnumDict(first._generate_next_value_ if first is not None else _next_int)

    def __new__(metacls, cls, bases, classdict, **kwds):
        first = _first_enum(bases)
        if first is not None and first._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, first))
        ignore = classdict.get("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        classdict = dict(classdict)
        members = []
        for key, value in list(classdict.items()):
            if key in ignore or key == "_ignore_":
                del classdict[key]
            elif not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)
                      or key.startswith("_%s__" % cls)):
                members.append((key, value))
                del classdict[key]
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        # The data type's repr and friends must not hide the enum's (IntEnum: int comes
        # first in the MRO).
        member_type = _member_type(bases)
        chosen = []
        if any(type(b) is EnumType and b.__qualname__ == "ReprEnum" and b.__module__ == "enum"
               for b in bases):
            # ReprEnum: str() and format() are the data type's (IntEnum, IntFlag, StrEnum).
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
                chosen.append("__format__")
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__ and not issubclass(member_type, str):
                    # A type without its own __str__ shows its repr.
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)
                chosen.append("__str__")
        if first is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in classdict and name not in chosen:
                    found = getattr(enum_class, name, None)
                    if found is not None and found in (getattr(member_type, name, None),
                                                       getattr(object, name, None)):
                        type.__setattr__(enum_class, name, getattr(first, name))
        enum_class._member_type_ = member_type
        custom_new = classdict.get("__new__")
        if custom_new is None:
            for base in bases:
                if isinstance(base, EnumType) and "_new_member_" in base.__dict__:
                    custom_new = base._new_member_
                    break
        enum_class._new_member_ = custom_new
        generate = enum_class._generate_next_value_
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _MISSING:
                    value.value = generate(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            _add_member(enum_class, name, value)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_(value)
        return _lazy("_create")(cls, value, names, module, qualname, type, start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        # Reached when nothing else has the name: as CPython 3.11's, the message is the name.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__["_member_map_"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if hasattr(cls, "_all_bits_"):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


def _add_member(enum_class, name, value):
    args = value if type(value) is tuple else (value,)
    member_type = enum_class._member_type_
    if member_type is tuple:
        args = (args,)
    if enum_class._new_member_ is not None:
        member = enum_class._new_member_(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if "_value_" not in member.__dict__:
        member._value_ = value if member_type is object else member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    flag = globals().get("Flag")
    for existing in enum_class._member_map_.values():
        if existing._value_ == value:
            member = existing
            break
    else:
        # A flag's members of no bit or of several are aliases: iteration skips them.
        if not (flag is not None and issubclass(enum_class, flag) and isinstance(value, int)
                and (value <= 0 or value & (value - 1))):
            enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        pass
    type.__setattr__(enum_class, name, member)


class Enum(metaclass=EnumType):
    _generate_next_value_ = _next_int

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


#- ReprEnum IntEnum
# An Enum whose str() and format() are those of its data type.
class ReprEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    pass


#- StrEnum
class StrEnum(str, _lazy("ReprEnum")):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    _new_member_ = __new__

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


#- unique
def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


#- Flag
def _next_bit(name, start, count, last_values):
    if not last_values:
        return start
    high = 0
    for value in last_values:
        try:
            high = max(high, value.bit_length())
        except AttributeError:
            raise TypeError("invalid flag value %r" % (value,)) from None
    return 1 << high


class Flag(Enum):
    _generate_next_value_ = _next_bit

    @classmethod
    def _all_bits_(cls):
        bits = 0
        for member in cls._member_map_.values():
            bits |= member._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._all_bits_()
        extra = value & ~all_bits if value >= 0 else 0
        if value < 0 or (extra and cls._member_type_ is object):
            if value < 0 and cls._member_type_ is object:
                value = all_bits & value
            else:
                raise ValueError("%r invalid value %r" % (cls, value))
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        if extra and names:
            # Unknown bits alone make a nameless pseudo-member (<F: 16>).
            names.append(str(extra))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        member._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = member
        return member

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._all_bits_() & ~self._value_)


#- IntFlag
Flag = _lazy("Flag")


class IntFlag(int, _lazy("ReprEnum"), Flag):
    # Flag's operators, not int's (which come first in the MRO).
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


#- _create
def _create(cls, class_name, names, module, qualname, type, start):
    # The functional API: Enum('Animal', 'ANT BEE'), lists of names or pairs, dicts.
    bases = (cls,) if type is None else (type, cls)
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    # The class body's own mapping, so a name given twice is the same error as in a body.
    classdict = EnumType.__prepare__(class_name, bases)
    if not isinstance(names, dict) and names and isinstance(names[0], str):
        values = []
        for name in names:
            value = cls._generate_next_value_(name, start, len(values), values[:])
            values.append(value)
            classdict[name] = value
    else:
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
    classdict["__module__"] = module if module is not None else "__main__"
    if qualname is not None:
        classdict["__qualname__"] = qualname
    return EnumType(class_name, bases, classdict)
