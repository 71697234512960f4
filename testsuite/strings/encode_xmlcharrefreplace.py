# The xmlcharrefreplace error handler: characters the codec cannot encode become &#NNN;
# (decoding with it is a TypeError, as in CPython).
text = "a\u00e9\u20ac\U0001f600<"
for codec in ("ascii", "latin-1", "utf-8", "utf-16-le"):
    print(codec, text.encode(codec, "xmlcharrefreplace"))
print(str(text.encode("ascii", "xmlcharrefreplace"), "ascii"))
try:
    b"\xff".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
print(b"ok".decode("ascii", "xmlcharrefreplace"))
