# re: atomic groups (?>...) and possessive quantifiers (*+ ++ ?+ {m,n}+) never give back what
# they matched (Python 3.11); `{}` is literal text; \B fails in an empty subject.
import re

cases = [
    (r"(?>a+)a", "aaa"), (r"a++a", "aaa"), (r"a*+a", "aaa"), (r"a?+a", "a"), (r"a{1,3}+a", "aaa"),
    (r"(?>a|ab)c", "abc"), (r"(?:ab)*+ab", "ababab"), (r".*+x", "abcx"), (r"[ab]++b", "aab"),
    (r"(?>a+)b", "aaab"), (r"a*+b", "aab"), (r"(?>x|xy)z|xyz", "xyz"), (r"(?>(a)|(ab))c?", "abc"),
    (r"(?>\d+)\.", "123."), (r"(?>a*)*b", "aab"), (r"(?>(?>a)b)+", "ababx"), (r"x(?>a*+)y", "xaay"),
]
for pattern, text in cases:
    m = re.search(pattern, text)
    print(pattern, text, m and (m.span(), m.group(), m.groups()))
print(re.findall(r"(?>\w+)\s?", "one two  three"), re.sub(r"\d++", "#", "a12b345c"))
print(re.fullmatch(r"(?>a|ab)", "ab"), re.fullmatch(r"(?>ab|a)", "ab").group())
for pattern, text in [(r"a{}", "xa{}"), (r"a{,}", "aaa"), (r"a{,2}", "aaa"), (r"{}", "{}"), (r"x{ }", "x{ }")]:
    m = re.search(pattern, text)
    print(pattern, m and (m.span(), m.group()))
print(re.search(r"\B", ""), re.split(r"\B", ""), re.findall(r"\B", "ab"), re.findall(r"\B", " "),
      re.sub(r"\B", "-", "abc"), re.fullmatch(r"\B", ""), re.search(r"\b", ""))
for bad in [r"(?>", r"a**+", r"(?>a)++?"]:
    try:
        re.compile(bad)
        print(bad, "compiles")
    except re.error as e:
        print(bad, "error:", e)
