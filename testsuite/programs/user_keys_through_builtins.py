# User-defined objects whose dunders call and allocate (so a collection can run inside them),
# passed through built-ins that hold other values meanwhile: sorting, sets and dicts, unpacking,
# print(*args). The host-gc-stress run of this script checks those values are kept alive.
class K:
    def __init__(self, v): self.v = [v]
    def __lt__(self, o): return self.v[0] < o.v[0]
    def __eq__(self, o): return self.v[0] == o.v[0]
    def __hash__(self): return hash(self.v[0])
    def __repr__(self): return 'K(%d)' % self.v[0]
def gen(n):
    for i in range(n):
        yield K(i * 7 % 11)
print(sorted(gen(8)))
print(min(gen(5)), max(gen(5)))
print(sorted(gen(6), key=lambda k: [k.v[0]]))
print(list(map(lambda k: K(k.v[0] + 1), gen(4))))
print(tuple(gen(3)), set(gen(3)) == set(gen(3)))
print(dict.fromkeys(gen(3)))
print([K(1), K(2)] == [K(1), K(2)], K(3) in [K(1), K(2), K(3)])
print({K(1): 'a', K(2): 'b'}[K(2)])
a, b, c = gen(3); print(a, b, c)
print(*gen(3))
print('-'.join(str(k) for k in gen(3)))
print(sum(k.v[0] for k in gen(5)))
print(list(zip(gen(3), gen(3))))
print(list(enumerate(gen(3))))
print(list(filter(lambda k: [k] and k.v[0] % 2, gen(6))))
print(sorted({K(3): 1, K(1): 2}.items()))
print(list(reversed(list(gen(3)))))
l = list(gen(5)); l.sort(reverse=True); print(l)
print(l.index(K(0)), l.count(K(7)))
print(f"{K(1)!r} {K(2)}", '%s %r' % (K(3), K(4)), '{} {!r}'.format(K(5), K(6)))
print(any(k.v[0] > 5 for k in gen(4)), all(k.v[0] >= 0 for k in gen(4)))
import functools
print(functools.reduce(lambda a, b: K(a.v[0] + b.v[0]), gen(5)))
d = {}
for k in gen(4): d.setdefault(k, []).append(k)
print(d)
print(sorted(gen(7), key=functools.cmp_to_key(lambda a, b: a.v[0] - b.v[0])))
