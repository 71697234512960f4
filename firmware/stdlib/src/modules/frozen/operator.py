# operator: the operators as functions, and itemgetter/attrgetter/methodcaller.

#- lt __lt__
def lt(a, b): return a < b
__lt__ = lt

#- le __le__
def le(a, b): return a <= b
__le__ = le

#- eq __eq__
def eq(a, b): return a == b
__eq__ = eq

#- ne __ne__
def ne(a, b): return a != b
__ne__ = ne

#- ge __ge__
def ge(a, b): return a >= b
__ge__ = ge

#- gt __gt__
def gt(a, b): return a > b
__gt__ = gt

#- not_ __not__
def not_(a): return not a
__not__ = not_

#- truth
def truth(a): return bool(a)
#- is_
def is_(a, b): return a is b
#- is_not
def is_not(a, b): return a is not b
#- abs __abs__
def abs(a): return a.__abs__() if not isinstance(a, (int, float)) else (a if a >= 0 else -a)
__abs__ = abs

#- add __add__
def add(a, b): return a + b
__add__ = add

#- and_ __and__
def and_(a, b): return a & b
__and__ = and_

#- floordiv __floordiv__
def floordiv(a, b): return a // b
__floordiv__ = floordiv

#- index __index__
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
__index__ = index

#- inv __inv__
def inv(a): return ~a
__inv__ = inv

#- invert __invert__
def invert(a): return ~a
__invert__ = invert

#- lshift __lshift__
def lshift(a, b): return a << b
__lshift__ = lshift

#- mod __mod__
def mod(a, b): return a % b
__mod__ = mod

#- mul __mul__
def mul(a, b): return a * b
__mul__ = mul

#- matmul __matmul__
def matmul(a, b): return a @ b
__matmul__ = matmul

#- neg __neg__
def neg(a): return -a
__neg__ = neg

#- or_ __or__
def or_(a, b): return a | b
__or__ = or_

#- pos __pos__
def pos(a): return +a
__pos__ = pos

#- pow __pow__
def pow(a, b): return a ** b
__pow__ = pow

#- rshift __rshift__
def rshift(a, b): return a >> b
__rshift__ = rshift

#- sub __sub__
def sub(a, b): return a - b
__sub__ = sub

#- truediv __truediv__
def truediv(a, b): return a / b
__truediv__ = truediv

#- xor __xor__
def xor(a, b): return a ^ b
__xor__ = xor

#- concat __concat__
def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b
__concat__ = concat

#- contains __contains__
def contains(a, b): return b in a
__contains__ = contains

#- countOf
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
#- indexOf
def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")
#- getitem __getitem__
def getitem(a, b): return a[b]
__getitem__ = getitem

#- setitem __setitem__
def setitem(a, b, c): a[b] = c
__setitem__ = setitem

#- delitem __delitem__
def delitem(a, b): del a[b]
__delitem__ = delitem

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
#- iadd __iadd__
def iadd(a, b):
    a += b
    return a
__iadd__ = iadd

#- isub __isub__
def isub(a, b):
    a -= b
    return a
__isub__ = isub

#- imul __imul__
def imul(a, b):
    a *= b
    return a
__imul__ = imul

#- iconcat __iconcat__
def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a
__iconcat__ = iconcat

#- iand __iand__ ior __ior__ ixor __ixor__ imod __imod__ ipow __ipow__ itruediv __itruediv__ ifloordiv __ifloordiv__ ilshift __ilshift__ irshift __irshift__ imatmul __imatmul__ call __call__
# The other in-place operators, and call.
def iand(a, b):
    a &= b
    return a
def ior(a, b):
    a |= b
    return a
def ixor(a, b):
    a ^= b
    return a
def imod(a, b):
    a %= b
    return a
def ipow(a, b):
    a **= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def irshift(a, b):
    a >>= b
    return a
def imatmul(a, b):
    a @= b
    return a
def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)
__iand__, __ior__, __ixor__, __imod__, __ipow__ = iand, ior, ixor, imod, ipow
__itruediv__, __ifloordiv__, __ilshift__, __irshift__ = itruediv, ifloordiv, ilshift, irshift
__imatmul__, __call__ = imatmul, call


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
