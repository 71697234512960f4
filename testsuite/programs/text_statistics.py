# Text statistics: word frequencies, sentence lengths, character classes.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness. It was the spring of hope!
It was the winter of despair? We had everything before us, we had nothing before us."""
words = [w.strip(".,!?").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("words:", len(words), "unique:", len(freq))
for word, count in top:
    print(f"{word:>8} {count:3} {'#' * count}")
sentences = []
current = []
for token in TEXT.split():
    current.append(token)
    if token[-1] in ".!?":
        sentences.append(current)
        current = []
print("sentences:", len(sentences), [len(s) for s in sentences])
letters = sum(c.isalpha() for c in TEXT)
upper = sum(c.isupper() for c in TEXT)
punct = sum(c in ",.!?" for c in TEXT)
print("letters", letters, "upper", upper, "punct", punct, "lines", TEXT.count("\n") + 1)
avg = sum(len(w) for w in words) / len(words)
print(f"average word length {avg:.3f}")
longest = max(words, key=lambda w: (len(w), w))
print("longest", longest)
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len)[-3:]:
    print(n, by_len[n])
