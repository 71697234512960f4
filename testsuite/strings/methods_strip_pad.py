# strip family, padding, alignment.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("hi".center(7, "*")), repr("hi".center(6)), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print(repr("42".zfill(5)), repr("-42".zfill(6)), repr("+7".zfill(4)), repr("abc".zfill(2)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
