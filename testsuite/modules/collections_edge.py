# collections edge cases: namedtuple validation and helpers, Counter and defaultdict details.
from collections import namedtuple, Counter, defaultdict, OrderedDict
for args in [("P", "x x"), ("P", "_x"), ("P", "class"), ("1P", "x"), ("P", ["a", "b"], {"defaults": [1, 2, 3]})]:
    try:
        namedtuple(*args[:2], **(args[2] if len(args) > 2 else {}))
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
P = namedtuple("P", "x, y", defaults=[0])
p = P(1)
print(p, P._field_defaults, P._fields, p._asdict(), P._make((3, 4)), p._replace(y=9), p + (5,), p * 2)
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1]), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(P.__name__, P.__doc__, P.x.__doc__, p.count(1), p.index(0), P(y=2, x=1))
c = Counter(a=2, b=-1)
print(c, +c, -c, c["zz"], list(c.elements()), c.most_common(), c.most_common(1), Counter("aab") == Counter("aba"))
c.update(["a", "c"]); c.update({"c": 5}); c.subtract(c=1)
print(c, c.total(), Counter() == Counter(a=0), repr(Counter()))
del c["zz"]; del c["a"]
print(c, Counter({"x": 1}) | Counter({"x": 3}), Counter("abc") & Counter("bcd"))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(type(e).__name__)
d = defaultdict()
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
d2 = defaultdict(lambda: "dflt", {"a": 1})
print(d2["b"], sorted(d2.items()), d2.get("c"), "c" in d2, d2.default_factory is not None)
print(repr(defaultdict(int)), repr(defaultdict(list, {1: [2]})), defaultdict(int, a=1).copy())
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys("abc", 0)
print(od, repr(OrderedDict()), od.copy() == od, list(reversed(od)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
