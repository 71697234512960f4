# Iterating strings and building them.
word = "banana"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate("abc")), list(zip("abc", "xyz")), list(reversed("abc")))
print([ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 71)))
print(sorted("hello"), sorted("hello", reverse=True), "".join(sorted("dcba")))
vowels = sum(1 for c in "the quick brown fox" if c in "aeiou")
print(vowels)
