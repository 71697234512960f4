# f-strings: expressions, conversions, braces.
name = "world"
n = 42
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{{literal}} {{{n}}}")
print(F"upper F {n}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{'nested' + ' quotes'}")
print(f"{n}" f" and {name}" " plain")
print(rf"\n{n}", fr"{n}\t")
x = 3
print(f"{x=}", f"{x + 1 = }", f"{name=!s}")
print(f"{3.5:.0f} {2.5:.0f} {n:>5}|")
print(f"{None} {True} {1.5}")
