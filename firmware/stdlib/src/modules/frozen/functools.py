# functools: partial, reduce, wraps, lru_cache, cmp_to_key, total_ordering.

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
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if op in cls.__dict__ or any(op in k.__dict__ for k in cls.__mro__[1:-1])]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for name, how in _DERIVATIONS[root]:
        if name not in roots:
            derived = _derive(root, how)
            derived.__name__ = name
            setattr(cls, name, derived)
    return cls
