# Strings are immutable values; methods return new strings.
s = "abc"
t = s.upper()
print(s, t)
u = s
s += "d"
print(s, u)
print("abc".replace("b", "") == "ac", "x".join("") == "")
parts = ["ab", "c"]
print("".join(parts) == "abc", "".join(parts) == s[:3])
