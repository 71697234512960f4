# String escapes.
s = "a\tb\nc\\d\'e\"f"
print(repr(s), len(s))
print(repr("\x41\x62\101\0\7"), len("\x41\x62\101\0\7"))
print(repr("\u00e9\u4e2d\U0001F600"), len("\u00e9\u4e2d\U0001F600"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9")
print(repr("\a\b\f\v\r"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("line\
continued"))
print(ord("\177"), ord("\0"))
for text in [r'"\x4"', r'"\u12"', r'"\N{NO SUCH NAME}"']:
    try:
        eval(text)
    except SyntaxError as e:
        print("SyntaxError")
