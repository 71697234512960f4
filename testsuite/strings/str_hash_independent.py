# Using strings as dict keys and set members, printing only order-independent views.
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
unique = set(words)
print(sorted(unique), len(unique), "cat" in unique, "dog" in unique)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(hash("abc") == hash("ab" + "c"))
