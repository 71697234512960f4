# Comparisons use code points; no normalization.
print("é" == "e\u0301", len("e\u0301"), "é" < "f", "Z" < "a", "a" < "à")
print(sorted(["b", "a", "B", "A", "ä", "_"]))
print("ß".upper(), "ß".casefold(), "ß".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
