# find, index, count, startswith, endswith, in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("og", 0, 10))
print(s.find("o", 13, 20), s.count("o", 0, 15), "fox" in s, "cat" not in s, "" in s)
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["t"])
except TypeError as e:
    print(type(e).__name__, e)
