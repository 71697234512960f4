# split, replace, find, rfind, index, count with one-character patterns (searched bytewise),
# beside longer, empty and non-ASCII ones.
s = "a-b-c--d"
print(s.replace("-", "_"), s.replace("-", "_", 2), s.replace("-", "", 0), s.replace("x", "y"), s.replace("", "|"), s.replace("", "|", 3))
print(s.replace("--", "+"), "é-é".replace("-", "ü"), "ééé".replace("é", "e", 2))
print(s.find("-"), s.rfind("-"), s.find("-", 2), s.rfind("-", 0, 4), s.find("-", 7), s.count("-"), s.count("-", 2, 5), "é-é".find("-"), "é-é".rfind("é"))
print("aaa".count("a"), "".count("a"), "abc".index("c"), "abcabc".rindex("b"))
print("x,y,,z".split(","), "x,y,,z".split(",", 1), "x,y,,z".rsplit(",", 1), ",".split(","), "".split(","), "é,ü".split(","))
class S(str): pass
t = S("abc"); r = t.replace("x", "y"); print(type(r).__name__, r)
