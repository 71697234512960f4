# The format mini-language for strings and the %-operator equivalents.
values = ["", "a", "héllo", "wide text"]
specs = ["", "s", "5", "<5", ">5", "^5", "*^7", "-<6", ".2", "8.3", ">8.1s"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
print("%s|%5s|%-5s|%.2s|%5.1s|%r|%a" % ("ab", "ab", "ab", "abc", "abc", "é", "é"))
for bad in ["d", "=5", "+s", ",", "#s"]:
    try:
        format("x", bad)
    except ValueError as e:
        print(type(e).__name__, e)
