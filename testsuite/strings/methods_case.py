# Case methods.
for s in ["hello World", "ÉCOLE", "straße", "ǅ", "mIxEd 123 case", "", "title case here's it"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("ABC".isupper(), "abc".islower(), "Abc".istitle(), "aBC".isupper(), "123".isupper())
