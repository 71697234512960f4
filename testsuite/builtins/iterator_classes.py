# Each built-in iterator has its own class, as in CPython: named by what it goes over, the
# same for every iterator of its kind, kept when the iterator is exhausted.
samples = [
    [1], (1,), "ab", "é", b"a", bytearray(b"a"), range(3), {"k": 1}, {"k": 1}.values(),
    {"k": 1}.items(), {1}, frozenset({1}),
]
for sample in samples:
    it = iter(sample)
    kind = type(it)
    print(kind.__name__, kind is type(iter(sample)), it.__class__ is kind, isinstance(it, kind))
    for _ in it:
        pass
    print(" exhausted:", type(it) is kind, repr(it).startswith("<" + kind.__name__ + " object"))
calls = iter(lambda: 0, 0)
print(type(calls).__name__, list(calls), type(calls).__name__)
print(type(iter([])) is type(iter(())), type(iter([])) is type(iter([2, 3])))
print(type(iter(range(5))).__name__, type(iter({}.keys())).__name__)
try:
    type(iter([]))()
except TypeError as e:
    print("TypeError", "cannot create" in str(e) or "instances" in str(e))
