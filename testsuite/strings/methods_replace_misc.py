# replace, translate, maketrans, encode, predicates.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
table = str.maketrans("abc", "xyz", "d")
print("abcdd cab".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}) == {97: "1"})
for s in ["abc", "ABC123", "123", "   ", "", "a b", "١٢٣", "x_1", "Ⅻ", "½"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
