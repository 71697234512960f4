# Counter's rich comparisons, a subclass's __missing__, mappings of any values into an empty
# Counter; | of OrderedDict and defaultdict keeps the class; deque * n; operator errors
# name a subclass, not its built-in part.
from collections import Counter, OrderedDict, defaultdict, deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a, b = Counter(a=1), Counter(a=2, b=1)
t(lambda: (a <= b, a < b, b >= a, b > a, a <= a, a < a, a >= b, Counter() <= Counter(x=0)))
class SC(Counter):
    def __missing__(self, key):
        return 99
t(lambda: (SC()['q'], SC(q=1)['q'], Counter()['q']))
t(lambda: Counter(a='x'))
t(lambda: Counter({'a': 'x', 'b': 2}))
c = Counter(a=1); c.update({'a': 2}); t(lambda: c)
t(lambda: OrderedDict(a=1) | {'b': 2})
t(lambda: {'b': 2} | OrderedDict(a=1))
o = OrderedDict(a=1); o |= {'c': 3}; t(lambda: o)
t(lambda: defaultdict(int, a=1) | {'b': 2})
t(lambda: {'b': 2} | defaultdict(list, a=1))
t(lambda: deque([1, 2]) * 2)
t(lambda: 3 * deque([1]))
t(lambda: deque([1, 2, 3], maxlen=4) * 2)
d = deque([1, 2], maxlen=3); d *= 2; t(lambda: d)
d2 = deque('ab'); d2 *= 0; t(lambda: d2)
t(lambda: deque([1]) * -1)
class D(dict):
    pass
class L(list):
    pass
class I(int):
    pass
for f in [lambda: D() < D(), lambda: D() + 1, lambda: -D(), lambda: L() < 1, lambda: L([1]) < L([2]),
          lambda: I(1) < I(2), lambda: -I(3), lambda: D(a=1) == {"a": 1}, lambda: L([1]) != [1],
          lambda: L([1, "a"]) < L([1, 2])]:
    t(f)
