# copy: shallow and deep copies, written for Pyrite from the CPython 3.11 documentation.
# Built-in containers are copied by type; other objects through `__copy__`/`__deepcopy__`, or
# else rebuilt as CPython's default pickling protocol would: `cls.__new__(cls, *args)` (args
# from `__getnewargs__`, or the value of a tuple/int/str/... base), then the state
# (`__getstate__()`, or the instance dict and the `__slots__` values) given to
# `__setstate__` or put in the new dict, then the items of a list or dict base. Exceptions,
# sets and bytearrays are rebuilt by calling the class, as their `__reduce__` says. A class
# with a `__reduce_ex__` or `__reduce__` of its own (Pyrite's built-in types have none) is
# rebuilt from what it returns, as CPython's `copy` does; `copyreg` is not consulted.


#- Error error
class Error(Exception):
    pass


error = Error


#- copy deepcopy
def _f():
    pass


_method = type(_f.__get__(0))
# Returned as they are by copy() and deepcopy().
_ATOMIC = frozenset((type(None), int, float, bool, complex, str, bytes, type, range, slice,
                     property, type(len), type(_f), type(_f.__code__), type(...),
                     type(NotImplemented)))
# Also returned as they are by copy().
_IMMUTABLE = _ATOMIC | {tuple, frozenset, _method}
del _f


def copy(x):
    cls = type(x)
    if cls in _IMMUTABLE or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reduced(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = [deepcopy(item, memo) for item in x]
        # A cycle back to this tuple may have copied it already while copying its items.
        if key in memo:
            return memo[key]
        # A tuple of atoms is its own copy.
        for old, new in zip(x, y):
            if old is not new:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is _method:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        y = _reduced(x, memo) if copier is None else copier(memo)
    if y is not x:
        memo[key] = y
        # Keep the original alive while the memo is in use, so its id is not reused.
        memo.setdefault(id(memo), []).append(x)
    return y


def _slot_values(x, cls):
    values = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get("__slots__", ())
        for name in (names,) if isinstance(names, str) else names:
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                values[name] = getattr(x, name)
    return values


def _set_state(y, state, setstate):
    # What the default protocol does with a state: `__setstate__`, else a dict for the
    # instance dict and, beside it, the `__slots__` values.
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reduced(x, memo):
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is None:
            return _reconstruct(x, memo)
        rv = reductor(x)
    if isinstance(rv, str):
        return x
    func, args, state, listiter, dictiter = (*rv, None, None, None)[:5]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state, getattr(y, "__setstate__", None))
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    return y


def _reconstruct(x, memo):
    # memo is None for a shallow copy.
    cls = type(x)
    deep = memo is not None
    new = False
    if isinstance(x, BaseException):
        args = x.args
    elif isinstance(x, (set, frozenset)):
        args = (list(x),)
    elif isinstance(x, bytearray):
        args = (bytes(x),)
    elif cls is object:
        return object()
    elif cls.__module__ == "builtins":
        # Generators, iterators, modules, ...
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    else:
        new = True
        getnewargs = getattr(cls, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs(x)
        else:
            args = ()
            for base in (tuple, int, float, complex, str, bytes):
                if isinstance(x, base):
                    args = (base(x),)
                    break
    if deep:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args) if new else cls(*args)
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is None:
        # As CPython's default: the instance dict, and the `__slots__` values beside it.
        state = getattr(x, "__dict__", None) or None
        slots = _slot_values(x, cls)
        if slots:
            state = (state, slots)
    else:
        state = getstate(x)
    if state is not None:
        setstate = getattr(cls, "__setstate__", None)
        _set_state(y, deepcopy(state, memo) if deep else state,
                   None if setstate is None else setstate.__get__(y))
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
