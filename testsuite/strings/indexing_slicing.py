# Indexing and slicing strings, including non-ASCII characters.
s = "héllo wörld ☃"
print(s[0], s[1], s[-1], s[4:9], s[::-1], s[::2], len(s))
print(s[100:], s[-100:3], repr(s[5:5]))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
print([c for c in "añ☃😀"], len("😀"), "😀"[0] == "😀")
