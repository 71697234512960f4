# bytes methods mirror str methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase())
print(b.split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"a", b"b"]), b"x".join([]), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.replace(b"l", b"L"), b.startswith(b"  H"), b.endswith(b"  "), b"abc".center(7, b"*"))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"ab\ncd\n".splitlines())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"Title Case".istitle())
print(b"hello".capitalize(), b"hello world".title(), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"xxabcxx".strip(b"x"), b"prefix_body".removeprefix(b"prefix_"), b"file.txt".removesuffix(b".txt"))
try:
    b"abc".join(["x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
