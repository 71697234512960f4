# re: Pattern and Match API details, pos/endpos, bytes patterns, reprs, empty matches.
import re
p = re.compile(r"(?P<word>\w+)(?:-(?P<num>\d+))?")
m = p.search("  abc-12 def", 1)
print(repr(m), m.regs, m.lastgroup, m.lastindex, m.groupdict(), m.groupdict("?"))
print(m.start("num"), m.end("word"), m.span("num"), m.group("word", 2, 0), m.pos, m.endpos)
m = p.search("  abc def")
print(m.groups(), m.groups(0), m.span(2), m.start(2), m["word"], m.expand(r"<\g<word>|\2>"))
try:
    m.group("zz")
except IndexError as e:
    print(type(e).__name__, e)
print(p.groups, sorted(p.groupindex.items()), repr(p), p == re.compile(p.pattern), hash(p) == hash(re.compile(p.pattern)))
print(repr(re.compile("a", re.I | re.M)), repr(re.compile("(?s)x")), re.compile("x").flags, re.compile(b"x").flags)
print(p.match("xx abc", 3).group(), p.match("abcdef", 0, 3).group(), p.fullmatch("ab-1"), p.fullmatch("ab-1x"))
print(re.search("$", "ab\n").span(), re.search("a$", "a\n").span(), re.findall("$", "a\nb\n", re.M))
print(re.compile("a").search("xa", 5), re.compile("a").match("ba", 1, 0), re.compile("b").search("abc", -5).span())
print(re.findall("a??", "a"), re.sub("x*", "-", "abxd"), re.split("x*", "axb"), re.findall(r"(a|)*", "aab"))
print(re.subn("", "-", "ab"), re.sub("a", "b", "aaa", 2), re.split(",", "a,b,c", 1), re.split("(a)(x)?", "1a2a3"))
print(re.findall(b"a.", b"abac"), re.sub(b"a", b"-", b"banana"), re.match(rb"(\w+)", b"hi there").group(1), re.escape(b"a.b"))
for bad in [("x", b"x"), (b"x", "x")]:
    try:
        re.search(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub("(?P<x>a)", r"\g<x>\g<0>", "a"))
print(re.match(r"(a(b))", "ab").lastindex, re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"((a)|b)+", "ab").groups())
print(re.fullmatch("a|ab", "ab").group(), re.match(r"(?i)straße", "STRASSE"), re.match("(?i)[a-z]+", "ÀbC"))
print(re.findall(r"\bfoo\b", "foo foobar (foo)"), re.findall(r"\Bo\B", "foo boo"), re.findall(r"[^\W\d]+", "ab12cd_3"))
print(re.sub(r"(?x) a   # letter a\n | b", "-", "abc"), re.findall(r"(?i:A)a", "aA aa Aa"), re.findall("(?a)\\w+", "héllo wörld"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group(), re.search(r"(?<=ab)c|d", "abc").group())
print(re.match(r"(\d+)\.(\d+)", "3.14").groups(), re.findall(r"\x41\u00e9\t", "Aé\t"), re.findall(r"[\x41-\x43]", "ABCD"))
print(re.match(r".*?(\d+)$", "abc123").group(1), re.match(r"(a+)+b", "aaab").groups(), re.match(r"(?:a|b)*?c", "ababc").group())
print(re.match("a{3}", "aaaa").group(), re.match("(?:ab){2,}", "abababx").group(), re.match("(ab){1,2}?", "abab").group())
print(re.match(r"\s+", " \t\n\x1c\xa0x").end(), re.match(r"\d+", "١٢3x").group(), re.match(r"\w+", "_aé1").group())
print(list(re.finditer(r"\w", "ab"))[1].span(), re.compile("x").finditer("axbx").__class__.__name__ != "", re.purge())
print(re.match(r"a.c", "a\nc", re.S).group() == "a\nc", re.split(r"\b", "hi there"), re.sub("^", ">", "a\nb", flags=re.M))
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.match(r"(?i)(a)\1", "aA").group())
