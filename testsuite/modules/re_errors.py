# re.error messages and positions for malformed patterns and templates.
import re
for p in ["(", "[a", "a{2,1}", "*a", "(?P<n>a)(?P<n>b)", "a)", "\\q", "(?<=a*)b", "(?P=x)", "\\2(a)",
          "[z-a]", "a**", "(?x", "(?", "(?<", "(?P<1a>x)", "x{", "(?i)a(?m)b", "[\\d-z]", "\\",
          "(?#abc", "a{,3}b", "(?P<n>a)(?P=n)", "^*", "\\b+", "a|*", "(?:", "[]", "[^]", "a\n(", "(?z)",
          "(?i-i:a)", "\\x4", "\\u12g4", "(a)\\1\\2", "a{99999}"]:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups)
    except re.error as e:
        print(repr(p), "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
for t in [r"\g<x>", r"\g<5>", r"\5", r"\q", r"\.", r"\g<1", r"\g<>", r"\g<a-b>", "\\", r"\0", r"\10", r"\n\t", r"\g<0>\g<1>"]:
    try:
        print(repr(t), repr(re.sub("(a)", t, "xay")))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
print(issubclass(re.error, Exception), re.error("m").msg, re.error("m").pos)
