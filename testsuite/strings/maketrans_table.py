# str.maketrans: the table itself (code points to code points, strings or None).
print(str.maketrans("ab", "xy"))
print(str.maketrans("abc", "xyz", "de"))
print(str.maketrans({"a": "1", 98: None, "c": 100}))
print(str.maketrans("", ""))
print("abcde".translate(str.maketrans("abc", "xyz", "de")))
print("héllo".translate(str.maketrans("é", "e")))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)
try:
    str.maketrans({1.5: 1})
except TypeError as e:
    print(e)
try:
    str.maketrans("a")
except TypeError as e:
    print(e)
