# operator: the operators as functions, and itemgetter/attrgetter/methodcaller.

#- lt
def lt(a, b): return a < b
#- le
def le(a, b): return a <= b
#- eq
def eq(a, b): return a == b
#- ne
def ne(a, b): return a != b
#- ge
def ge(a, b): return a >= b
#- gt
def gt(a, b): return a > b
#- not_
def not_(a): return not a
#- truth
def truth(a): return bool(a)
#- is_
def is_(a, b): return a is b
#- is_not
def is_not(a, b): return a is not b
#- abs
def abs(a): return a.__abs__() if not isinstance(a, (int, float)) else (a if a >= 0 else -a)
#- add
def add(a, b): return a + b
#- and_
def and_(a, b): return a & b
#- floordiv
def floordiv(a, b): return a // b
#- index
def index(a):
    try:
        convert = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    result = convert(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result
#- inv
def inv(a): return ~a
#- invert
def invert(a): return ~a
#- lshift
def lshift(a, b): return a << b
#- mod
def mod(a, b): return a % b
#- mul
def mul(a, b): return a * b
#- matmul
def matmul(a, b): return a @ b
#- neg
def neg(a): return -a
#- or_
def or_(a, b): return a | b
#- pos
def pos(a): return +a
#- pow
def pow(a, b): return a ** b
#- rshift
def rshift(a, b): return a >> b
#- sub
def sub(a, b): return a - b
#- truediv
def truediv(a, b): return a / b
#- xor
def xor(a, b): return a ^ b
#- concat
def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b
#- contains
def contains(a, b): return b in a
#- countOf
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
#- indexOf
def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")
#- getitem
def getitem(a, b): return a[b]
#- setitem
def setitem(a, b, c): a[b] = c
#- delitem
def delitem(a, b): del a[b]
#- length_hint
def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be integer, not %s" % type(value).__name__)
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value
#- iadd
def iadd(a, b):
    a += b
    return a
#- isub
def isub(a, b):
    a -= b
    return a
#- imul
def imul(a, b):
    a *= b
    return a
#- iconcat
def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


#- itemgetter
class itemgetter:
    __slots__ = ("_items",)

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


#- attrgetter
def _resolve(obj, dotted):
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    __slots__ = ("_attrs",)

    def __init__(self, attr, *attrs):
        for name in (attr,) + attrs:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = (attr,) + attrs

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return _resolve(obj, self._attrs[0])
        return tuple([_resolve(obj, a) for a in self._attrs])

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


#- methodcaller
class methodcaller:
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
