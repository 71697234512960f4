# re: compiled patterns and flags IGNORECASE, MULTILINE, DOTALL.
import re
p = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
text = "Name: Ann\nAge: 30\nbad line\nCity: Oslo"
print(p.findall(text), p.pattern, bool(p.flags & re.MULTILINE))
print(re.findall(r"^a", "a\na\nb"), re.findall(r"^a", "a\na\nb", re.M), re.findall(r"b$", "ab\nab", re.M))
print(re.search("HELLO", "say hello", re.I).group(), re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group() == "a\nb")
print(re.findall(r"[a-z]+", "ABC def GHi", re.IGNORECASE), re.compile("x", re.I | re.M).flags & (re.I | re.M) == (re.I | re.M))
word = re.compile(r"\w+")
print(word.match("  x"), word.match("  x", 2).group(), word.search("  x").start(), word.sub("W", "a b"), word.split("a, b"))
for bad in ["(", "[a", "a{2,1}", "*a", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), type(e).__name__)
