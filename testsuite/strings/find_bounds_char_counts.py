# find/index/count/startswith/endswith with start and end, and re's pos/endpos, count in
# chars: ASCII and non-ASCII text, short (interned) and long strs, and str subclasses.
import re


class S(str):
    pass


texts = ["abcabc", "h\u00e9llo w\u00f6rld h\u00e9llo", "\u65e5\u672c\u8a9e\u65e5\u672c", "x" * 40 + "\u00e9x" * 3, S("a\u00e9a\u00e9a")]
for text in texts:
    for sub in ["a", "\u00e9", "l", "\u672c", "x\u00e9", ""]:
        print(repr(sub), text.find(sub, 1), text.rfind(sub, 2, -1), text.count(sub, 1, 30), text.find(sub, -4),
              text.startswith(sub, 1), text.endswith(sub, 0, 5), text.find(sub, 100))
    print([m.span() for m in re.finditer(r"\w+", text)], re.compile(r"\w").match(text, 3), re.compile(".").search(text, 2, 4))
pos, tokens, text = 0, [], "k\u00e9y = 42; other=\u00e9t\u00e9 ;"
token = re.compile(r"\s*(?:(\w+)|(.))")
while pos < len(text):
    m = token.match(text, pos)
    tokens.append(m.group(1) or m.group(2))
    pos = m.end()
print(tokens)
