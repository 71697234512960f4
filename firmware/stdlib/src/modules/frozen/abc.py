# abc: abstract base classes. ABCMeta is a real metaclass: it records a class's abstract
# methods when the class is made, refuses to instantiate a class that still has some, and
# keeps the classes `register` adds as virtual subclasses.


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        pass
    return funcobj


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
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
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
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            result = hook(subclass)
            if result is not NotImplemented:
                return bool(result)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
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
