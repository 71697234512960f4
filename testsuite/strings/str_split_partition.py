# split/rsplit/partition/strip edge cases, join and startswith with tuples and ranges.
s = "  a  b\tc\n"
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), "a,b,,c".split(","), ",a,".split(","))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "abc".split("abc"), "".split(), "".split(","))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
print("xxhixx".strip("x"), "  hi  ".lstrip(), "  hi  ".rstrip(), "abcba".strip("ab"), "\u2003hi\u3000".strip())
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("-".join(["a", "b"]), "".join([]), ",".join("abc"), " ".join(map(str, range(3))))
print("hello".startswith(("x", "he")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2), "hello".find("l", -2))
print("hello".rfind("l"), "hello".index("e"), "hello".rindex("l"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
print("Hello World".swapcase(), "hello world".title(), "HELLO".casefold(), "a1b2".isalnum(), "  ".isspace())
print("tab\there".expandtabs(4), "x".center(4, "*"), "abc".removeprefix("ab"), "abc".removesuffix("bc"))
for bad in [lambda: "a".split(""), lambda: "a".join([1]), lambda: "a".partition(""), lambda: "a".index("z"),
            lambda: "a".startswith(1), lambda: "abc".strip(5), lambda: "a" + 1, lambda: "a".split(1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
