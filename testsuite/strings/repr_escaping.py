# repr() chooses quotes and escapes non-printables.
for s in ["plain", "it's", 'say "hi"', "both ' \"", "tab\there", "nl\n", "\x00\x7f\x80\x9f",
          "é", "\u200b", "\U0001F600", "\\", "\r", "\x1b[0m", "\xa0", "\u2028"]:
    print(repr(s), ascii(s))
print(str("x"), repr(repr("x")))
