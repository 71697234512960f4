# Contiguous str slices and concatenation (each made as one block with one copy): ASCII and
# multi-byte texts, empty and one-character results, clamped bounds, str subclasses.
texts = ['plain ascii text', 'héllo wörld', '日本語のテキスト', 'a😀b😀c', '']
for s in texts:
    n = len(s)
    for start in (None, 0, 1, 3, -2, n, n + 5, -n - 5):
        for stop in (None, 0, 2, 5, -1, n, n + 5):
            part = s[start:stop]
            print(repr(part), len(part), part == ''.join(s[i] for i in range(*slice(start, stop).indices(n))))
for a, b in (('', ''), ('', 'x'), ('é', ''), ('ab', 'çd'), ('日本', '語'), ('x' * 40, 'y' * 40)):
    joined = a + b
    print(repr(joined), len(joined), joined[len(a):] == b, joined.upper())
class S(str):
    pass
t = S('wörds')
for value in (t[1:3], t[:], t + 'x', 'x' + t, t + t, t[0:0]):
    print(type(value).__name__, repr(value), len(value))
