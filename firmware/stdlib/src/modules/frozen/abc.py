# abc: abstract base classes. ABCMeta is `type` itself (written before the VM had metaclasses);
# ABC refuses to instantiate a class that still has abstract methods.

ABCMeta = type


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        pass
    return funcobj


def _abstract_names(cls):
    seen = set()
    names = []
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if getattr(value, "__isabstractmethod__", False):
                names.append(name)
    return names


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            names.sort()
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return object.__new__(cls)


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
