# functools: partial, reduce, wraps, lru_cache, cmp_to_key, total_ordering, cached_property,
# partialmethod, singledispatch.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)
_MISSING = object()


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"


#- reduce
def reduce(function, iterable, initial=_MISSING, /):
    it = iter(iterable)
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


#- update_wrapper wraps
def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name, None)
        source = getattr(wrapped, name, None)
        if target is not None and source:
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


#- lru_cache cache
class _CacheInfo(tuple):
    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self


def _LruWrapper(func, maxsize, typed):
    # A plain function (not an object with __call__): calls do not nest the interpreter,
    # and it binds as a method like any function.
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwargs):
        key = args
        if kwargs:
            key += (_MISSING,) + tuple(kwargs.items())
        if typed:
            key += tuple(type(a) for a in args) + tuple(type(v) for v in kwargs.values())
        elif len(key) == 1 and type(key[0]) in (int, str):
            # CPython's fast path: the argument is the key, so f(1) and f(1.0) differ.
            key = key[0]
        value = cache.get(key, _MISSING)
        if value is not _MISSING:
            stats[0] += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = value
            return value
        stats[1] += 1
        value = func(*args, **kwargs)
        if maxsize is None or maxsize > 0:
            if key not in cache and maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = value
        return value

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    for name in WRAPPER_ASSIGNMENTS:
        try:
            setattr(wrapper, name, getattr(func, name))
        except AttributeError:
            pass
    wrapper.__wrapped__ = func
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        return _LruWrapper(maxsize, 128, typed)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        maxsize = max(maxsize, 0)

    def decorating_function(func):
        return _LruWrapper(func, maxsize, typed)
    return decorating_function


def cache(func):
    return _LruWrapper(func, None, False)


#- cmp_to_key
def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


#- total_ordering
# For each root comparison: how to derive the other three from it.
_DERIVATIONS = {
    "__lt__": (("__gt__", "not_and_ne"), ("__le__", "or_eq"), ("__ge__", "not")),
    "__le__": (("__ge__", "not_or_eq"), ("__lt__", "and_ne"), ("__gt__", "not")),
    "__gt__": (("__lt__", "not_and_ne"), ("__ge__", "or_eq"), ("__le__", "not")),
    "__ge__": (("__le__", "not_or_eq"), ("__gt__", "and_ne"), ("__lt__", "not")),
}


def _derive(op, how):
    def derived(self, other):
        result = getattr(type(self), op)(self, other)
        if result is NotImplemented:
            return result
        if how == "not":
            return not result
        if how == "or_eq":
            return result or self == other
        if how == "and_ne":
            return result and self != other
        if how == "not_or_eq":
            return not result or self == other
        return not result and self != other
    return derived


def total_ordering(cls):
    # (A built-in ordered type's operators are object's, which serve its values: they count
    # as its own, as CPython's slot wrappers do.)
    native = issubclass(cls, (int, float, str, bytes, bytearray, list, tuple, set, frozenset))
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if native or getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for name, how in _DERIVATIONS[root]:
        if name not in roots:
            derived = _derive(root, how)
            derived.__name__ = name
            setattr(cls, name, derived)
    return cls


#- cached_property
class cached_property:
    # A non-data descriptor: the first lookup on an instance calls the function and stores
    # the value in the instance's __dict__, which later lookups find first.
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = cache.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                "instance does not support item assignment for caching "
                                f"{name!r} property.") from None
        return value


#- partialmethod
class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partialmethod({self.func!r}, {args}, {keywords})"

    def __get__(self, obj, cls=None):
        func = self.func
        get = getattr(func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        # Not bound by the lookup (a plain function through the class, or a callable
        # object): a function taking the instance first.
        owner = self

        def _method(cls_or_self, /, *args, **keywords):
            return owner.func(cls_or_self, *owner.args, *args, **{**owner.keywords, **keywords})
        _method._partialmethod = self
        return _method if obj is None else _method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


#- singledispatch singledispatchmethod
def _dispatch_type(cls):
    # The classes a register() argument stands for (a class, or a union of classes), or None.
    if isinstance(cls, type):
        return (cls,)
    args = getattr(cls, "__args__", None)
    if type(cls).__name__ == "UnionType" and args and all(isinstance(a, type) for a in args):
        return args
    return None


def _find_impl(cls, registry):
    # The implementation for `cls`: the first registered class in its MRO; an abstract base
    # class registered for it (not in its MRO) comes before `object`.
    mro = cls.__mro__
    for base in mro[:-1]:
        if base in registry:
            return registry[base]
    for base in registry:
        if base not in mro and issubclass(cls, base):
            return registry[base]
    return registry.get(object)


def singledispatch(func):
    import types
    registry = {}
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        return _find_impl(cls, registry)

    def register(cls, func=None):
        classes = _dispatch_type(cls)
        if classes is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            # (A classmethod or staticmethod: its function's annotations.)
            inner = getattr(cls, "__func__", cls)
            annotations = getattr(cls, "__annotations__", None) or getattr(
                inner, "__annotations__", None)
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated "
                                "function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(inner, "__globals__", None))
            classes = _dispatch_type(cls)
            if classes is None:
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for c in classes:
            registry[c] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return _find_impl(args[0].__class__, registry)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = lambda: None
    for name in WRAPPER_ASSIGNMENTS:
        try:
            setattr(wrapper, name, getattr(func, name))
        except AttributeError:
            pass
    wrapper.__wrapped__ = func
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        for name in WRAPPER_ASSIGNMENTS:
            try:
                setattr(_method, name, getattr(self.func, name))
            except AttributeError:
                pass
        _method.__wrapped__ = self.func
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
