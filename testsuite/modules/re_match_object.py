# re match objects: span, start/end per group, lastindex, expand, re, string, pos.
import re
p = re.compile(r"(\d+)-(\d+)(?:-(\d+))?")
m = p.search("range 10-20 here", 2)
print(m.group(0), m.span(), m.span(1), m.start(2), m.end(3) if m.group(3) else -1, m.lastindex, m.pos, m.string)
print(m.expand(r"\2..\1"), m.re is p, m.groups(), m.group(1, 2))
m2 = p.match("1-2-3")
print(m2.groups(), m2.lastindex, m2.span(3))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex)
print(bool(re.match("", "")), re.match("x", "y") is None)
try:
    m.group(5)
except IndexError as e:
    print(type(e).__name__, e)
