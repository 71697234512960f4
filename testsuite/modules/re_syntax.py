# re: classes, quantifiers (greedy and lazy), anchors, alternation, backreferences, escapes.
import re
tests = [
    (r"[aeiou]+", "rhythm and blues"), (r"[^a-z ]+", "abc DEF 123"), (r"\bcat\b", "concat cat category"),
    (r"<.+>", "<a><b>"), (r"<.+?>", "<a><b>"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"(ab)+", "ababab!"),
    (r"^\s*#", "   # comment"), (r"\d{3}-\d{4}", "call 555-1234 now"), (r"(\w)\1", "hello"), (r"x|y|z", "--z--"),
    (r"\.", "a.b"), (r"[\w.-]+@[\w.-]+\.\w+", "mail: first.last@example.co.uk!"), (r"\S+$", "end word"),
    (r"(?:ab)+c", "xxababcx"), (r"a.c", "a\nc abc"), (r"\Aab", "ab"), (r"ab\Z", "xab"), (r"[\d\s]+", "12 34x"),
]
for pattern, s in tests:
    m = re.search(pattern, s)
    print(f"{pattern!r:30} {m.group() if m else None!r}")
