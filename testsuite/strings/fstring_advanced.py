# f-strings with calls, comprehensions, nested specs, conversions and '='.
items = ["a", "bb", "ccc"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{[x.upper() for x in items]}")
print(f"{'yes' if items else 'no'}")
print(f"{items[0]!r:>5}")
d = {"key": 7}
print(f"{d['key']} {d.get('missing', 0)}")
width, prec = 12, 3
print(f"|{3.14159265:{width}.{prec}f}|{'left':<{width}}|")
print(f"{255:#06x} {255:b} {-3:+} {1e-3:.1e}")
n = 5
print(f"{n=} {n * 2=} {n!r:>4}")
print(f"{'{'}{'}'}")
print(f"{3 + 4}" * 2)
