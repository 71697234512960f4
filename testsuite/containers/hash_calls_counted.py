# How often __hash__ runs: once per insertion or lookup, never again when one set's items go
# into another (|, &, -, ^, copy, update with a set): CPython reuses the stored hashes.
n = 0
class K:
    def __hash__(self):
        global n
        n += 1
        return 1
    def __eq__(self, o): return self is o
def count(label, f):
    global n
    n = 0
    f()
    print(label, n)
k = K(); k2 = K()
s = set()
count("set.add", lambda: s.add(k))
count("set.add again", lambda: s.add(k))
count("in set", lambda: k in s)
count("set.discard", lambda: s.discard(k))
count("set literal", lambda: {k})
count("set()", lambda: set([k, k2]))
count("frozenset", lambda: frozenset([k]))
count("setcomp", lambda: {x for x in [k]})
d = {}
count("d[k]=", lambda: d.__setitem__(k, 1))
count("d[k]", lambda: d[k])
count("k in d", lambda: k in d)
count("setdefault", lambda: d.setdefault(k2, 1))
count("d.get", lambda: d.get(k))
count("d.pop", lambda: d.pop(k))
count("dict literal", lambda: {k: 1})
s2 = {k}; s3 = {k2}
count("s|t", lambda: s2 | s3)
count("s&t", lambda: s2 & s3)
count("s.remove", lambda: s2.remove(k))
count("update", lambda: s3.update([k]))
