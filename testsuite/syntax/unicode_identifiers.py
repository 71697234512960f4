# Non-ASCII identifiers and strings.
café = "coffee"
π = 3.14
print(café, π)
def größe(länge):
    return länge * 2
print(größe(21))
s = "naïve ☕ 中文"
print(s, len(s), s.upper())
print([c for c in "añb"])
