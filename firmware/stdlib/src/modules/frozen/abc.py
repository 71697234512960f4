# abc: abstract base classes. ABCMeta is a real metaclass: it records a class's abstract
# methods when the class is made, refuses to instantiate a class that still has some, and
# keeps the classes `register` adds as virtual subclasses, which count for the ABC's parent
# ABCs too.


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        pass
    return funcobj


# Kept beside the classes (class dicts stay small): each ABC's registered virtual
# subclasses, its direct ABC subclasses, and the classes found to be (or not to be) its
# subclasses. `register` makes every negative answer stale.
_registry = {}
_subclasses = {}
_positive = {}
_negative = {}
_version = [0]
_none = frozenset()


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = [key for key, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)]
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if key not in abstracts and getattr(getattr(cls, key, None),
                                                    "__isabstractmethod__", False):
                    abstracts.append(key)
            if isinstance(base, ABCMeta):
                _subclasses.setdefault(base, []).append(cls)
        cls.__abstractmethods__ = frozenset(abstracts) if abstracts else _none
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registry.setdefault(cls, []).append(subclass)
        _version[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        positive = _positive.get(cls)
        if positive is not None and subclass in positive:
            return True
        negative = _negative.get(cls)
        if negative is not None and negative[0] == _version[0] and subclass in negative[1]:
            return False
        result = _check(cls, subclass)
        if result:
            if positive is None:
                positive = _positive[cls] = set()
            positive.add(subclass)
        else:
            if negative is None or negative[0] != _version[0]:
                negative = _negative[cls] = (_version[0], set())
            negative[1].add(subclass)
        return result


def _check(cls, subclass):
    # CPython's order: the hook, then real inheritance, then the registered classes, then
    # (recursively) the ABC's own subclasses.
    hook = getattr(cls, "__subclasshook__", None)
    if hook is not None:
        result = hook(subclass)
        if result is not NotImplemented:
            return bool(result)
    if cls in subclass.__mro__:
        return True
    for registered in _registry.get(cls, ()):
        if issubclass(subclass, registered):
            return True
    for derived in _subclasses.get(cls, ()):
        if issubclass(subclass, derived):
            return True
    return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


#- abstractproperty abstractclassmethod abstractstaticmethod get_cache_token
def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


def get_cache_token():
    return 0
