# str() of many objects and from bytes with encodings.
print(str(), str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xffabc", "utf-8", "ignore"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(type(str(5)).__name__, str(str("x")) == "x")
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "x", type(s + "x").__name__, isinstance(s, str), len(s))
