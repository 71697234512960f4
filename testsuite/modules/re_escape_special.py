# re.escape and literal matching of special characters.
import re
s = "1+1=2 (really?) [yes] {ok} ^$ a.b|c \\ end"
for literal in ["1+1", "(really?)", "[yes]", "{ok}", "^$", "a.b|c", "\\"]:
    m = re.search(re.escape(literal), s)
    print(repr(literal), m.start() if m else None)
print(re.escape("simple_word123") == "simple_word123")
