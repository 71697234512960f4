# bytes searching with start/end ranges and empty needles.
b = b"abcabcabc"
print(b.count(b"abc"), b.count(b"abc", 1), b.count(b"", 0, 3), b.find(b"c", 3, 5), b.rfind(b"a", 0, 5), b.find(b""), b.rfind(b""))
print(b.startswith(b"bc", 1), b.endswith((b"x", b"bc")), b.index(b"cab"), b.rindex(b"cab"))
try:
    b.index(b"zz")
except ValueError as e:
    print(type(e).__name__, e)
