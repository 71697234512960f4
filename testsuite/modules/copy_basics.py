# copy: copy and deepcopy of built-in containers, instances, cycles, the memo, __copy__/__deepcopy__, __getstate__/__setstate__, __slots__, subclasses of built-ins, and the errors.
import copy
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque

# Atoms are returned as they are.
for x in (None, 1, 2.5, True, 1j, "s", b"b", int, range(3), len, copy.copy, ..., NotImplemented):
    print(copy.copy(x) is x, copy.deepcopy(x) is x, end=" ")
print()

# Shallow copies of containers are new containers of the same items.
inner = [1, 2]
for x in ([inner, 3], {"k": inner}, {1, 2}, bytearray(b"ab")):
    y = copy.copy(x)
    print(type(y).__name__, y == x, y is x)
print(copy.copy((inner,)) is not None, copy.copy(frozenset({1})) == frozenset({1}))
y = copy.copy([inner])
print(y[0] is inner)

# Deep copies copy the items too.
x = {"a": [1, [2, 3]], "b": (4, [5]), "c": {6, 7}, "d": bytearray(b"x")}
y = copy.deepcopy(x)
print(y == x, y["a"] is x["a"], y["a"][1] is x["a"][1], y["b"] is x["b"], y["c"] is x["c"])
print(y["d"] == x["d"], y["d"] is x["d"])
t = (1, "two", (3, None))
print(copy.deepcopy(t) is t)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)

# Shared references and cycles.
shared = [1]
x = [shared, shared]
y = copy.deepcopy(x)
print(y[0] is y[1], y[0] is shared)
cycle = [1]
cycle.append(cycle)
y = copy.deepcopy(cycle)
print(y[1] is y, y is cycle)
d = {}
d["self"] = d
y = copy.deepcopy(d)
print(y["self"] is y)
t_cycle = [0]
tup = (t_cycle,)
t_cycle[0] = tup
y = copy.deepcopy(tup)
print(y[0][0] is y, y is tup)

# The memo: objects already in it are not copied again.
obj = [1, 2]
memo = {id(obj): "replacement"}
print(copy.deepcopy([obj], memo))
memo = {}
a = copy.deepcopy([obj, obj], memo)
print(memo[id(obj)] is a[0])


# Instances: the dict is copied into cls.__new__(cls), __init__ is not called.
class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.y is p.y, r.y is p.y, type(r).__name__)
p.children = [p]
r = copy.deepcopy(p)
print(r.children[0] is r)


class Empty:
    pass


print(type(copy.copy(Empty())).__name__, type(copy.deepcopy(Empty())).__name__)


# __copy__ and __deepcopy__
class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("copied " + self.v)

    def __deepcopy__(self, memo):
        print("memo is a dict:", isinstance(memo, dict))
        return Custom("deep " + self.v)


print(copy.copy(Custom("a")).v, copy.deepcopy([Custom("b")])[0].v)


# __getstate__ and __setstate__
class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = None


s = copy.deepcopy(Stateful())
print(s.a, s.cache)


class OnlySet:
    def __setstate__(self, state):
        print("OnlySet.__setstate__", state)
        self.__dict__.update(state)


o = OnlySet()
copy.copy(o)
o.x = 5
print(copy.copy(o).x)


# __slots__
class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = [1]
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.a, c.a is s.a, d.a, d.a is s.a, hasattr(c, "b"))


class SlottedChild(Slotted):
    __slots__ = ("c",)


s = SlottedChild()
s.a, s.c = 1, [2]
d = copy.deepcopy(s)
print(d.a, d.c, d.c is s.c)


# Subclasses of built-in types keep their class, attributes and items.
class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
for y in (copy.copy(ml), copy.deepcopy(ml)):
    print(type(y).__name__, y, y.tag, y[1] is ml[1])
md = MyDict(a=[1])
for y in (copy.copy(md), copy.deepcopy(md)):
    print(type(y).__name__, y, y["a"] is md["a"])
for x in (MyInt(5), MyStr("s"), MyTuple((1, [2]))):
    c, d = copy.copy(x), copy.deepcopy(x)
    print(type(c).__name__, c, type(d).__name__, d)

P = namedtuple("P", "x y")
p = P(1, [2])
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).y is p.y)
od = OrderedDict([("b", 1), ("a", [2])])
print(copy.copy(od), copy.deepcopy(od))
dd = defaultdict(list, {"x": [1]})
c = copy.deepcopy(dd)
c["y"].append(2)
print(sorted(c.items()), c["x"] is dd["x"], sorted(dd))
print(copy.copy(Counter("abca")) == Counter("abca"), copy.deepcopy(Counter("ab")))
dq = deque([[1], 2], maxlen=5)
c, d = copy.copy(dq), copy.deepcopy(dq)
print(c, d, c[0] is dq[0], d[0] is dq[0], d.maxlen)


import array

a = array.array("i", [1, 2])
c = copy.copy(a)
c.append(3)
print(a, c, copy.deepcopy(a), copy.deepcopy([a])[0] is a)

# Exceptions are rebuilt from their args.
class MyError(Exception):
    pass


class CodeError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


e = MyError("msg", [1])
c = copy.copy(e)
d = copy.deepcopy(e)
print(type(c).__name__, c.args, d.args, c.args[1] is e.args[1], d.args[1] is e.args[1])
e = CodeError(5)
print(copy.copy(e).code, copy.deepcopy(e).args)


# Bound methods: deepcopy copies the instance.
class Counter2:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


k = Counter2()
m = copy.deepcopy(k.bump)
print(m(), m(), k.n, m.__self__ is k)
print(copy.copy(k.bump)() , k.n)

# Functions and classes are shared.
print(copy.deepcopy([Point])[0] is Point, copy.deepcopy({"f": print})["f"] is print)

# Errors
for x in ((i for i in []), copy):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(x)
        except TypeError as err:
            print("TypeError", err)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
