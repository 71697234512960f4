# More methods: count with ranges, splitlines separators, str.join of generators, istitle.
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
print("a\x0bb\x0cc\x1cd\x85e\u2029f".splitlines())
print("ab".join("123"), "a".join(map(str, range(3))))
print("%".join(["50", "25"]))
print("x".center(4, "-"), "x".ljust(0), "x".rjust(-1))
print("Hello"[1:3].upper().center(6, "*").replace("*", "-"))
print("tEsT".capitalize(), "123abc".capitalize(), " x".capitalize())
