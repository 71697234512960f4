# str.format / format() corner cases.
print("{}{}".format(1, 2), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{{}}".format())
print("{0[1]} {0[0]}".format(["a", "b"]), "{p.real}".format(p=3), "{d[k]}".format(d={"k": "v"}))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:=+6}".format("ab", "cd", "ef", "g", 42))
print("{:08.3f}|{:x}|{:#x}|{:#o}|{:#b}|{:,}|{:_}|{:e}".format(3.14159, 255, 255, 8, 5, 1234567, 1234567, 12345.678))
print("{!r}|{!s}|{!a}".format("é", "é", "é"), "{:5}|{:<5}|{:>5}".format(1, 2, 3))
print("{:.3}|{:10.3}|{:c}|{:%}|{:.1%}".format("abcdef", "abcdef", 65, 0.25, 0.125))
print("{0:{1}}|{0:>{1}}".format("x", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print(format(42), format(42, "05d"), format("s", "^5"), format(-5, " d"), format(5, " d"), format(True, "d"))
for bad in ["{", "}", "{0", "{:d}", "{0!x}", "{2}", "{a}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("%s %r %d %5.2f %-4d| %x %o %e %%" % ("s", "r", 42, 3.14159, 7, 255, 8, 1234.5))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%c%c" % (72, "i"), "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef")
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159), "%+d % d" % (5, 5), "%#x %#o" % (255, 8))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("ab".center(7, "*"), "ab".center(6, "-"), "abc".center(6), "x".ljust(3, "."), "x".rjust(3, "0"), "-42".zfill(6), "+x".zfill(4))
try:
    "ab".center(5, "**")
except TypeError as e:
    print(type(e).__name__, e)
