# Grouping, inverting and counting with dicts.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
inverse = {}
for w, n in lengths.items():
    inverse.setdefault(n, []).append(w)
print(dict(sorted(inverse.items())))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
