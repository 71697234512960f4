# User-defined objects whose dunders call and allocate, passed through the library (json,
# re, heapq, itertools, collections, functools, struct, formatting, metaclasses, descriptors):
# the host-gc-stress run of this script checks the values held meanwhile are kept alive.
import json, re, heapq, functools, itertools, collections, struct
class K:
    def __init__(self, v): self.v = [v]
    def __lt__(self, o): return list(self.v)[0] < list(o.v)[0]
    def __le__(self, o): return list(self.v)[0] <= list(o.v)[0]
    def __eq__(self, o): return isinstance(o, K) and list(self.v)[0] == list(o.v)[0]
    def __hash__(self): return hash(tuple(self.v))
    def __repr__(self): return 'K(%s)' % str(self.v[0])
    def __add__(self, o): return K(self.v[0] + (o.v[0] if isinstance(o, K) else o))
    __radd__ = __add__
    def __index__(self): return int(str(self.v[0]))
    def __len__(self): return len([0] * self.v[0])
    def __format__(self, spec): return format(str(self.v[0]), spec)
    def __iter__(self): return iter(list(range(self.v[0])))
    def __bool__(self): return bool(list([self.v[0]])[0])
def gen(n):
    for i in range(n):
        yield K(i * 7 % 11)
print(sorted(gen(6), key=lambda k: (k.v[0] % 3, [k])[0]))
print(max(gen(6), key=lambda k: str(k)), min(gen(5), default=None))
print(sum(gen(5), K(0)), sum([K(1), K(2)], 0))
print(json.dumps({'a': K(3)}, default=lambda o: [repr(o)]))
print(json.dumps([K(1), K(2)], default=lambda o: {'k': str(o)}))
print(re.sub(r'\d', lambda m: str(K(int(m.group())) + 1), 'a1b2c3'))
h = []
for k in gen(7): heapq.heappush(h, k)
print([heapq.heappop(h) for _ in range(7)])
print(heapq.nlargest(3, gen(8)), heapq.nsmallest(2, gen(8)))
print(list(itertools.accumulate(gen(4))), list(itertools.groupby(sorted(gen(5)), key=lambda k: k.v[0] > 4))[0][0])
c = collections.Counter(gen(9)); print(sorted(c.items()))
od = collections.OrderedDict((k, str(k)) for k in gen(4)); print(od)
dq = collections.deque(gen(4)); dq.rotate(1); print(dq, K(0) in dq)
print(dict((k, [k]) for k in gen(3)))
print(dict(zip(gen(3), gen(3))))
print({k: str(k) for k in gen(3)}, {str(k) for k in gen(3)} == {'K(0)', 'K(7)', 'K(3)'})
print([1, 2, 3, 4, 5, 6, 7, 8][K(2)], 'abcdefgh'[K(3):K(6)], list(range(10))[K(1)::K(3)])
print(f'{K(5):>6}|{K(7)!r:<8}|', '%d %s' % (K(4), K(9)), format(K(3), '^5'))
print(len(K(4)), bool(K(0)), list(K(3)), [*K(2)], tuple(K(4)))
print(bytes(K(3)) if False else bytes([K(65), K(66)]), bytearray([K(67)]))
print(struct.pack('<HI', K(1), K(2)))
print(isinstance(K(1), (int, K)), repr([K(1), (K(2), {K(3): K(4)})]))
@functools.lru_cache(maxsize=4)
def f(k): return K(k.v[0] * 2)
print([f(k) for k in gen(6)], f.cache_info().hits)
print(list(map(lambda a, b: a + b, gen(3), gen(3))), list(filter(None, gen(5))))
print(list(enumerate(gen(3), K(2))) if False else list(enumerate(gen(3), 2)))
print(round(2.567, K(2)), hex(K(255)), chr(K(65)), bin(K(5)), range(10)[K(3)])
print(list(reversed([K(1), K(2)])), [K(1), K(2)] * K(2), K(2) * [0] if False else [0] * K(2))
s = set(gen(6)); s2 = set(gen(3)); print(sorted(s - s2), sorted(s & s2), sorted(s | s2), sorted(s ^ s2))
print(s2 <= s, s2.issubset(s), s.issuperset(s2), frozenset(gen(3)) == frozenset(gen(3)))
d = dict.fromkeys(gen(4), 0); d.update({K(0): 1}); print(sorted(d.items()))
print(d.pop(K(7)), d.get(K(3)), K(0) in d.keys(), (K(0), 1) in d.items())
l = list(gen(6)); l.remove(K(7)); print(l.index(K(3)), l.count(K(3)), l)
print(' '.join(str(k) for k in gen(4)), ','.join(map(repr, gen(3))))
print(str(K(1)) + str(K(2)), [str(k) for k in sorted(set(gen(8)))])
class Meta(type):
    def __new__(m, name, bases, ns): ns['tag'] = [name] * 2; return super().__new__(m, name, bases, ns)
    def __call__(cls, *a): return super().__call__(*[K(x) for x in a])
class P(metaclass=Meta):
    def __init__(self, a, b): self.s = a + b
    def __init_subclass__(cls, **kw): cls.sub = [cls.__name__]
class Q(P): pass
print(P(1, 2).s, Q.tag, Q.sub)
class D:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, t=None): return getattr(obj, self.name, [None])[0] if obj else self
    def __set__(self, obj, v): setattr(obj, self.name, [K(v)])
class R:
    x = D()
    def __getattr__(self, name): return [name] * 2
r = R(); r.x = 5; print(r.x, r.zzz)
try:
    raise ValueError(K(3))
except ValueError as e:
    print(repr(e), str(e), e.args)
print(sorted([K(3), K(1), K(2)], reverse=True), sorted(['b', 'a'], key=lambda s: [s]))
