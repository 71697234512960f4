# re: empty matches, unicode classes, greedy alternation order, sub with empty pattern.
import re
print(re.findall(r"a*", "baaac"), re.sub(r"x*", "-", "abc"), re.split(r"\b", "hi there") if False else re.split(r" ", "hi there"))
print(re.findall(r"\w+", "naïve café 123"), re.findall(r"\d", "١٢3"), re.findall(r"[[:alpha:]]" if False else r"[a-z]+", "ab1cd"))
print(re.match(r"a|ab", "ab").group(), re.match(r"ab|a", "ab").group(), re.match(r"(a|ab)(c|bcd)", "abcd").groups())
print(re.findall(r"(a)(b)?", "aab"), re.sub(r"(b)?a", lambda m: str(m.group(1)), "ba a"))
print(re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", "23:59") is not None, re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", "24:00"))
