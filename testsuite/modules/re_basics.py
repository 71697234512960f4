# re: match, search, fullmatch, groups.
import re
m = re.match(r"(\w+) (\w+)", "hello world again")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"\d+", "123").group())
print(re.fullmatch(r"\d+", "123a"), bool(re.search("^$", "")), re.match("a|b", "b").group())
m = re.search(r"(?P<key>\w+)=(?P<val>\d+)", "x: speed=42;")
print(m.group("key"), m.group("val"), m.groupdict(), m["key"], m.lastgroup)
m = re.match(r"(a)(b)?", "a")
print(m.groups(), m.groups("default"), m.group(0, 1))
print(re.search(r"colou?r", "The color red").group(), re.search(r"x*", "yyy").group() == "")
