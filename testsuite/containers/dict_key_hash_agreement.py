# Equal keys find each other in dicts and sets whatever their type: str and its subclasses,
# numbers of every kind, and objects whose __hash__ and __eq__ agree with another type's.


class S(str):
    pass


class K:
    def __hash__(self):
        return hash("abc")

    def __eq__(self, other):
        return other == "abc"


class N:
    def __hash__(self):
        return hash(5)

    def __eq__(self, other):
        return other == 5


d = {"abc": 1, 5: 2, 1.0: 3, b"abc": 4, (1, "a"): 5, frozenset({2}): 6, -1: 7, 2**70: 8}
print(d[S("abc")], d[K()], d[N()], d[5.0], d[True], d[(1, "a")], d[frozenset([2])], d[-1], d[2**70])
print({K(): "k"}["abc"], {N(): "n"}[5], {S("x"): 1}["x"], "x" in {S("x")}, 5 in {N()})
print(hash("abc") == hash(S("abc")), hash(b"abc") == hash(memoryview(b"abc")), hash(5) == hash(5.0))
print(sorted({i: i for i in range(-50, 50, 7)}.items())[:3], len({i << 20 for i in range(300)}))
counts = {}
for i in range(2000):
    counts[i % 97] = counts.get(i % 97, 0) + 1
    del counts[i % 97]
    counts[i % 97] = i
print(len(counts), counts[0], counts[96])
