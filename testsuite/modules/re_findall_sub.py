# re: findall, finditer, sub (with strings and functions), subn, split.
import re
text = "Order 66 shipped 3 items at 10:45, total 1,250"
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+):(\d+)", text), re.findall(r"(\w)(\w)?", "abc"))
print([m.span() for m in re.finditer(r"\d+", "a1bb22ccc333")])
print(re.sub(r"\d", "#", text), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"a", "A", "banana"), re.sub("a", "A", "banana", count=2), re.sub(r"(?P<d>\d)", r"<\g<d>>", "a1b2"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "  lead and trail  "))
print(re.split(r"x", "axbxc", maxsplit=1), re.sub(r"^", ">", "line1\nline2", flags=re.M))
