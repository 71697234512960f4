# collections.UserString: a str wrapper in `data`; str methods return the class again where
# str's return a str.
from collections import UserString

s = UserString("Hello World")
print(s, repr(s), type(s).__name__, s.data, len(s), s[0], type(s[0]).__name__, s[1:5])
print(s.upper(), type(s.upper()).__name__, s.lower(), s.title(), s.swapcase(), s.capitalize())
print(s.replace("o", "0"), s.replace("o", "0", 1), s.center(15, "*"), s.ljust(13, "."), s.rjust(13))
print(repr(UserString("  pad  ").strip()), repr(UserString("xxhixx").strip("x")), UserString("7").zfill(3))
print(s.removeprefix("Hello "), s.removesuffix(" World"), type(s.removeprefix("H")).__name__)
print(s.split(), s.split("o", 1), s.rsplit(maxsplit=1), UserString("a\nb").splitlines(keepends=True))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("o"), s.count(UserString("l")))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.partition(" "), s.rpartition("o"))
print(s.isalpha(), UserString("abc").isalpha(), UserString("12").isdigit(), s.istitle())
print(UserString("-").join(["a", "b"]), type(UserString("-").join("ab")).__name__)
print(UserString("{} {x}").format(1, x=2), s.encode(), UserString("\t").expandtabs(4) == "    ")
print("World" in s, UserString("lo") in s, "xyz" in s)
print(s + "!", "> " + s, s + UserString("?"), s + 1, type("a" + s).__name__)
print(s * 2, 2 * UserString("ab"), UserString("%d-%s") % (1, "x"))
print(s == "Hello World", s == UserString("Hello World"), s < "Z", s > UserString("A"))
print(s <= "Hello World", s >= "Hello World", s != "x")
print(hash(s) == hash("Hello World"), int(UserString("42")), float(UserString("1.5")))
print(str(s), type(str(s)).__name__, list(UserString("abc")), sorted(UserString("cab")))
print(list(reversed(UserString("abc"))), UserString(12), UserString(UserString("again")))
table = UserString.maketrans("ab", "xy")
print(UserString("aabb").translate(table), UserString("casefold ß").casefold())
try:
    s.index("nothing")
except ValueError as e:
    print("ValueError:", e)


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


loud = Shout("hey")
print(loud.shout(), type(loud.shout()).__name__, type(loud[0:1]).__name__, {loud: 1}["hey"])
