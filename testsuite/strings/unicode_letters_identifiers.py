# isalpha/isidentifier of non-ASCII letters: ideographs with a numeric value are letters,
# a name may continue with a combining mark and start with Unicode's extra XID_Start symbols.
tests = ['一', '中文', 'é', 'ß', 'Ω', 'ア', '한', 'ℕ', '①', '\u0301', 'a\u0301', 'ǅ', 'ª', 'Ⅻ', '℘', '_', '٣', '𝔘', '😀', '\u200d', 'ـ']
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isidentifier(), t.isprintable(), t.isupper(), t.islower(), t.istitle(), t.isdecimal(), t.isnumeric())
