# A plain key (an int) whose hash meets a user-defined key's: the user's __eq__ runs in the
# middle of the store and collects, and the value being stored must survive it.
import gc


class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        gc.collect()
        [object() for _ in range(50)]
        return False


d = {K(): 0}
d.setdefault(1, [1, 2, 3])
e = {K(): 0}
e.update({1: [4, 5]})
f = {k: [k, "x" * 3] for k in (K(), 1, 2)}
g = dict.fromkeys([K(), 1], [7])
print(d[1], e[1], f[1], g[1], f[2])
h = {K(): 0, 1: [9]}
h[1] = {"new": [10]}
print(len(h), h[1])
s = {K()}
s.add(1)
print(len(s), 1 in s)
